import { describe, expect, it } from 'vitest';
import { pasteFieldsOf } from '../../../../../renderer/src/domain/paste/pasteFields';
import { locateTable } from '../../../../../renderer/src/domain/sheets/locateTable';

describe('locateTable', () => {
  it('passes over a 台账 title and 填报单位 lines, and leaves out 合计 and the footer', () => {
    const rows = [
      ['2021年捐赠台账', '', '', ''],
      ['填报单位：省政协港澳台侨和外事委员会', '', '单位：元', ''],
      ['序号', '捐赠方', '金额', '捐赠日期'],
      ['1', '陈大文', '50000', '2020.2.3'],
      ['', '', '', ''],
      ['2', '李微微', '20000', '2020.2.5'],
      ['合计', '', '70000', ''],
      ['填表人：王小明', '', '审核人：李华', ''],
    ];
    const table = locateTable(rows, pasteFieldsOf('donation'));
    expect(table.header).toEqual({ line: 3, cells: rows[2] });
    expect(table.rows).toEqual([
      { line: 4, cells: rows[3] },
      { line: 6, cells: rows[5] },
    ]);
  });

  it('without a heading row, passes over a title line and keeps every data row', () => {
    const rows = [
      ['委员名单', '', ''],
      ['陈大文', '港区委员', '13800000001'],
      ['李微微', '澳区委员', '13800000002'],
    ];
    const table = locateTable(rows, pasteFieldsOf('member'));
    expect(table.header).toBeUndefined();
    expect(table.rows.map((row) => row.line)).toEqual([2, 3]);
  });
});
