import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_SHEET_FILE_BYTES,
  readSheetFile,
} from '../../../../../renderer/src/domain/sheets/readSheetFile';
import { xlsxWithBomb } from '../../../../office/xlsxBomb';
import {
  checkWorkbookZip,
  WORKBOOK_ZIP_LIMITS,
} from '../../../../../renderer/src/domain/sheets/workbookZipLimits';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../../../fixtures/sheets', name)));

describe('readSheetFile', () => {
  it('reads an .xlsx that LibreOffice wrote from activities.csv: text as written, dates as dates', async () => {
    const file = await readSheetFile('activities.xlsx', fixture('activities.xlsx'));
    expect(file.encoding).toBeUndefined();
    expect(file.sheets).toHaveLength(1);
    const rows = file.sheets[0]!.rows;
    expect(rows[0]![0]).toBe('2021年履职活动台账');
    expect(rows[1]).toEqual(['序号', '活动名称', '活动类型', '活动时间', '地点', '参会人员名单']);
    // LibreOffice stored 2018-05-29 as a date cell (a number with a date format), 序号 as numbers.
    expect(rows[2]).toEqual([
      '1',
      '赴郴州开展港澳青年交流调研',
      '调研',
      '2018-05-29',
      '郴州',
      '陈大文、李微微',
    ]);
    expect(rows[3]![3]).toBe('2021年4月15日');
    expect(rows[6]![3]).toBe('2020年12月30日至2021年1月2日');
    expect(rows[4]![5]).toBe('陈大文;Lei Mei Mei');
    expect(rows[4]![3]).toBe('2021.7.6');
  });

  it('reads a GBK CSV into rows and names the encoding', async () => {
    const file = await readSheetFile('members-gbk.csv', fixture('members-gbk.csv'));
    expect(file.encoding).toBe('GB18030');
    const rows = file.sheets[0]!.rows;
    expect(rows[2]).toEqual(['序号', '姓名', '英文名', '类别', '手机', '工作单位及职务']);
    // A quoted cell keeps its comma.
    expect(rows[7]).toEqual(['5', '刘嘉欣', '', '侨界', '13800000005', '侨联副主席，兼秘书长']);
    expect(rows).toHaveLength(10);
  });

  it('refuses an empty file, an oversized one, an old .xls and other files with a reason', async () => {
    await expect(readSheetFile('空.csv', new Uint8Array())).rejects.toThrow(
      '“空.csv”是空文件，没有可导入的内容',
    );
    await expect(
      readSheetFile('大.csv', new Uint8Array(MAX_SHEET_FILE_BYTES + 1).fill(0x41)),
    ).rejects.toThrow('超过导入上限 20 MB');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readSheetFile('旧台账.xls', ole)).rejects.toThrow('另存为 .xlsx 或 CSV');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expect(readSheetFile('照片.csv', png)).rejects.toThrow('不是文本格式的 CSV 文件');
    await expect(readSheetFile('照片.png', png)).rejects.toThrow('只能导入 .xlsx 或 .csv 文件');
    await expect(readSheetFile('假的.xlsx', new TextEncoder().encode('姓名\n'))).rejects.toThrow(
      '不是有效的 .xlsx 文件',
    );
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(readSheetFile('坏.xlsx', brokenZip)).rejects.toThrow(
      '“坏.xlsx”无法读取：文件已损坏，或不是 Excel 工作簿',
    );
    await expect(readSheetFile('空行.csv', new TextEncoder().encode(',,\n,,\n'))).rejects.toThrow(
      '“空行.csv”中没有任何数据',
    );
  });
});

const withBomb = (bytes: number) => xlsxWithBomb(fixture('activities.xlsx'), bytes);

describe('an .xlsx that is a decompression bomb', () => {
  it('is refused while inflating, naming the entry, in a file small enough to pass the size check', async () => {
    const bomb = withBomb(WORKBOOK_ZIP_LIMITS.maxEntryBytes + 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(MAX_SHEET_FILE_BYTES);
    await expect(readSheetFile('台账.xlsx', bomb)).rejects.toThrow(
      '“台账.xlsx”中的 xl/worksheets/sheet2.xml 解压后超过 256.0 MB，疑似压缩炸弹，已停止读取',
    );
  });

  it('is refused when its entries together inflate past the total limit', () => {
    const bomb = withBomb(3 * 1024 * 1024);
    const limits = {
      maxEntryBytes: 4 * 1024 * 1024,
      maxTotalBytes: 2 * 1024 * 1024,
      maxEntries: 100,
    };
    expect(() => checkWorkbookZip(bomb, limits)).toThrow(
      '解压后总大小超过 2.0 MB，疑似压缩炸弹，已停止读取',
    );
    // Within the limits the same file passes.
    expect(() =>
      checkWorkbookZip(bomb, { ...limits, maxTotalBytes: 8 * 1024 * 1024 }),
    ).not.toThrow();
  });
});
