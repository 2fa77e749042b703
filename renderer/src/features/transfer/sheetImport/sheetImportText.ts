import { type ImportKind } from '../../../domain/paste/pasteFields';
import { type TextEncodingName } from '../../../domain/sheets/decodeText';

/** The words of 从 Excel/CSV 导入, in one place. */
export const SHEET_IMPORT_TEXT = {
  sectionTitle: '从 Excel/CSV 导入',
  sectionHelp:
    '从已有的台账导入委员、履职活动或捐赠：选择 .xlsx 或 .csv 文件（UTF-8、GBK 或 GB18030 编码均可），核对每列对应的字段和每一行的检查结果后导入。导入的全部记录可一次撤销。',
  kindLabel: '导入的记录',
  chooseFile: '选择文件…',
  dialogTitle: '选择要导入的 Excel 或 CSV 文件',
  filterName: '电子表格（.xlsx、.csv）',
  readFailed: '无法读取所选文件',
} as const;

/** 委员, 履职活动, 捐赠: the record type's name and its counter (位, 条). */
export const IMPORT_KIND_WORDS: Readonly<Record<ImportKind, { name: string; unit: string }>> = {
  member: { name: '委员', unit: '位' },
  activity: { name: '履职活动', unit: '条' },
  donation: { name: '捐赠', unit: '条' },
};

/** How the encoding a CSV was read in is named to the user. */
export function encodingText(encoding: TextEncodingName): string {
  return encoding === 'GB18030' ? 'GBK / GB18030（中文 Windows 的 Excel、WPS 常用）' : encoding;
}
