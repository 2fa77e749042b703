import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../../../renderer/src/domain/sheets/readWorkbook';

describe('readWorkbook', () => {
  it('reads a date cell to its month when its format shows no day, and a formula by its result', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('捐赠');
    sheet.addRow(['捐赠日期', '出生年月', '金额', '备注']);
    const row = sheet.addRow([
      new Date(Date.UTC(2018, 4, 29)),
      new Date(Date.UTC(1975, 5, 1)),
      { formula: 'SUM(1,2)', result: 3 },
      { richText: [{ text: '陈' }, { text: '大文' }] },
    ]);
    row.getCell(1).numFmt = 'yyyy"年"m"月"d"日"';
    row.getCell(2).numFmt = '[$-804]yyyy"年"m"月"';
    workbook.addWorksheet('空表');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const sheets = await readWorkbook(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['捐赠', '空表']);
    expect(sheets[0]!.rows[1]).toEqual(['2018-05-29', '1975-06', '3', '陈大文']);
    expect(sheets[1]!.rows).toEqual([]);
  });
});
