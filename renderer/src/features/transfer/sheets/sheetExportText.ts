import type { RecordKind } from '../../../domain/records';
import type { SheetExportResult } from './sheetProtocol';

/** What a sheet export says, in one place. */
export const SHEET_TEXT = {
  button: '导出',
  excel: 'Excel 台账',
  csv: 'CSV',
  exportAll: '导出全部（Excel）',
  sectionTitle: 'Excel 台账',
  sectionText:
    '全部记录导出为一个 Excel 工作簿，委员、履职活动、捐赠、专项、工作室各占一张工作表，按台账格式排版（标题、填报单位、序号、合计、填表人和审核人）。单个列表可在其页面上按当前筛选导出。',
  showPersonal: '导出完整的联系电话和电子邮箱（默认打码）',
  includeConfidential: '包含保密捐赠方',
  moneyUnit: '金额单位',
  start: '导出',
  cancel: '取消',
  close: '完成',
  saveTitle: '导出',
  failed: '导出失败',
  cancelled: '导出已取消，没有写入文件。',
} as const;

/** The dialog's title: 导出“捐赠”列表：Excel 台账, or the whole set. */
export function dialogTitle(scope: string, format: 'xlsx' | 'csv'): string {
  return `导出${scope}：${format === 'xlsx' ? SHEET_TEXT.excel : SHEET_TEXT.csv}`;
}

/** What the result line says: how many rows went where, and the 保密 donations left out. */
export function resultText(result: SheetExportResult, path: string): string {
  const parts = [`已导出 ${result.rows} 条记录：${path}`];
  if (result.confidentialLeftOut > 0) {
    parts.push(`另有 ${result.confidentialLeftOut} 笔保密捐赠未列入（捐赠方要求不公开）。`);
  }
  if (result.confidentialIncluded > 0) {
    parts.push(`含 ${result.confidentialIncluded} 笔保密捐赠，请勿对外公布。`);
  }
  return parts.join('\n');
}

/** Whether a list of these kinds holds personal data, or donations. */
export function holds(kinds: readonly RecordKind[]) {
  return { personal: kinds.includes('member'), donations: kinds.includes('donation') };
}
