import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvRows, libreOfficeSheetsAsCsv } from '../office/xlsxSheets';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { RecordList } from './pages/RecordList';
import { SettingsPage } from './pages/SettingsPage';
import { SheetExportDialog } from './pages/SheetExportDialog';

const COMMITTEE = '省政协港澳台侨和外事委员会';

// The sample 新冠肺炎疫情防控 donations, converted at the rates they recorded (HKD 0.8976,
// MOP 0.8715), worked out by hand:
//   cash  3,786,900 + 2,000,000×0.8976 + 1,000,000×0.8715 + 1,500,000×0.8976 (保密, 陈美玲)
//         + 500,000 + 800,000 = 9,100,000 — without the 保密 one: 9,100,000 − 1,346,400 = 7,753,600
//   goods 30,000,000 + 8,000,000×0.8976 + 15,000,000 = 52,180,800
const COVID_ROWS = 8; // nine donations, one 保密
const COVID_CNY = '59,934,400.00'; // 7,753,600 + 52,180,800
// 青竹村乡村振兴: 12,000,000 + 6,000,000×0.8780 + 3,000,000×0.8524 + 2,400,000 + 600,000
//   + 300,000 + 800,000 + 400,000 = 24,325,200; every sample donation but the 保密 one:
const ALL_CNY = '84,259,600.00'; // 59,934,400 + 24,325,200

/** The cells of the row whose first cell is `first`, in a sheet read back as CSV. */
function rowStarting(rows: string[][], first: string): string[] | undefined {
  return rows.find((row) => row[0] === first);
}

test('exports the 捐赠 list filtered by a 专项 as a 台账 that LibreOffice reads', async ({
  app,
  shell,
  dataDir,
}) => {
  await new SettingsPage(app).loadSampleData();
  const list = new RecordList(app);
  await list.open('捐赠');
  await list.chooseFilter('专项', '新冠肺炎疫情防控');
  await expect(list.count).toHaveText('筛选出 9 条');

  const exporter = new SheetExportDialog(app);
  await exporter.openFromList('Excel 台账');
  await expect(exporter.dialog).toContainText('导出“捐赠”列表（按当前筛选）：Excel 台账');
  await expect(exporter.checkbox('包含保密捐赠方')).not.toBeChecked();
  await expectAccessible(app, '导出捐赠台账 对话框');
  await app.screenshot({ path: test.info().outputPath('export-dialog.png') });

  const target = join(dataDir, '疫情捐赠台账.xlsx');
  shell.current!.dialogs.answerSave(target);
  await exporter.start();
  await expect(exporter.result).toContainText(`已导出 ${COVID_ROWS} 条记录：${target}`);
  await expect(exporter.result).toContainText('另有 1 笔保密捐赠未列入');
  await app.screenshot({ path: test.info().outputPath('export-done.png') });
  await exporter.close();
  // Kept with the run's output, to be looked at in a spreadsheet.
  await copyFile(target, test.info().outputPath('疫情捐赠台账.xlsx'));

  const sheets = await libreOfficeSheetsAsCsv(new Uint8Array(await readFile(target)));
  expect([...sheets.keys()]).toEqual(['捐赠']);
  const rows = csvRows(sheets.get('捐赠')!);
  expect(rows[0]?.[0]).toBe('捐赠台账');
  expect(rows[1]?.[0]).toBe(`填报单位：${COMMITTEE}`);
  expect(rows[1]).toContain('单位：元');
  const headers = rows[2]!;
  expect(headers.slice(0, 9)).toEqual([
    '序号',
    '捐赠日期',
    '捐赠方',
    '捐赠类型',
    '币种',
    '原币金额',
    '汇率',
    '折合人民币',
    '用途',
  ]);
  const cny = headers.indexOf('折合人民币');
  // A known row: 张国华's HK$2,000,000 on 2020年1月28日, ×0.8976.
  const zhang = rows.find((row) => row[2] === '张国华')!;
  expect(zhang.slice(1, 8)).toEqual([
    '2020年1月28日',
    '张国华',
    '资金',
    'HKD',
    '2,000,000.00',
    '0.8976',
    '1,795,200.00',
  ]);
  // 序号 1…8 and the 合计 right after them; the 保密 donor nowhere.
  expect(rows.slice(3, 3 + COVID_ROWS).map((row) => row[0])).toEqual(
    Array.from({ length: COVID_ROWS }, (_, i) => String(i + 1)),
  );
  expect(rows[3 + COVID_ROWS]?.[0]).toBe('合计');
  expect(rows[3 + COVID_ROWS]?.[cny]).toBe(COVID_CNY);
  expect(rows.flat().join('')).not.toContain('陈美玲');
  expect(rows.flat()).toContain(
    '注：另有 1 笔保密捐赠（捐赠方要求不公开）未列入本表，合计亦不含。',
  );
  expect(rows.flat()).toContain('填表人：测试经办人');
});

test('exports everything as one workbook, a sheet per record type', async ({
  app,
  shell,
  dataDir,
}) => {
  await new SettingsPage(app).loadSampleData();
  await new RecordList(app).open('导入导出');
  await app.screenshot({ path: test.info().outputPath('transfer-page.png') });
  await expectAccessible(app, '导入导出（示例数据）');
  await app.getByRole('button', { name: '导出全部（Excel）' }).click();
  const exporter = new SheetExportDialog(app);
  await expect(exporter.dialog).toBeVisible();
  await expect(exporter.checkbox('导出完整的联系电话和电子邮箱（默认打码）')).not.toBeChecked();
  await expectAccessible(app, '导出全部 对话框');

  const target = join(dataDir, '全部.xlsx');
  shell.current!.dialogs.answerSave(target);
  await exporter.start();
  await expect(exporter.result).toContainText(target);
  await expect(exporter.result).toContainText('另有 1 笔保密捐赠未列入');
  await exporter.close();

  const sheets = await libreOfficeSheetsAsCsv(new Uint8Array(await readFile(target)));
  expect([...sheets.keys()].sort()).toEqual(
    ['专项', '委员', '委员工作室', '履职活动', '捐赠'].sort(),
  );

  const donations = csvRows(sheets.get('捐赠')!);
  const cny = donations[2]!.indexOf('折合人民币');
  expect(rowStarting(donations, '合计')?.[cny]).toBe(ALL_CNY);

  const members = csvRows(sheets.get('委员')!);
  expect(members[0]?.[0]).toBe('委员名册');
  const phone = members[2]!.indexOf('联系电话');
  const email = members[2]!.indexOf('电子邮箱');
  const chen = members.find((row) => row[1] === '陈美玲')!;
  expect(chen[phone]).toBe('+852 **** 4567');
  expect(chen[email]).toBe('m***@example.com');
  expect(sheets.get('委员')).not.toContain('9123');

  const campaigns = csvRows(sheets.get('专项')!);
  expect(campaigns.map((row) => row[1])).toContain('新冠肺炎疫情防控');
});

test('exports a list as CSV in UTF-8 with a BOM, personal data in full when ticked', async ({
  app,
  shell,
  dataDir,
}) => {
  await new SettingsPage(app).loadSampleData();
  const list = new RecordList(app);
  await list.open('委员');
  await app.screenshot({ path: test.info().outputPath('members-toolbar.png') });
  await expectAccessible(app, '委员（导出按钮）');
  const exporter = new SheetExportDialog(app);
  await exporter.openFromList('CSV');
  await exporter.checkbox('导出完整的联系电话和电子邮箱（默认打码）').check();
  const target = join(dataDir, '委员.csv');
  shell.current!.dialogs.answerSave(target);
  await exporter.start();
  await expect(exporter.result).toContainText(target);
  await exporter.close();

  const bytes = await readFile(target);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csvRows(bytes.subarray(3).toString('utf8'));
  expect(rows[0]?.slice(0, 4)).toEqual(['序号', '姓名', '其他写法', '类别']);
  const chen = rows.find((row) => row[1] === '陈美玲')!;
  expect(chen[2]).toBe('陳美玲、Chan Mei Ling');
  // A leading + would make Excel read the number as a formula: the cell starts with ' instead.
  expect(chen).toContain("'+852 9123 4567");
  expect(chen).toContain('meiling.chan@example.com');
});
