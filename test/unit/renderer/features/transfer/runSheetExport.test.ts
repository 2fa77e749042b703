import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import { defaultOrder, type ListQuery } from '../../../../../renderer/src/db/recordPages';
import { createRecord } from '../../../../../renderer/src/db/repositories/recordRepository';
import type { RecordKind } from '../../../../../renderer/src/domain/records';
import { runSheetExport } from '../../../../../renderer/src/features/transfer/sheets/runSheetExport';
import type { SheetExportRequest } from '../../../../../renderer/src/features/transfer/sheets/sheetProtocol';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

const list = (kind: RecordKind, filters: Record<string, string> = {}): ListQuery => ({
  kind,
  order: defaultOrder(kind),
  filters,
});

const request = (
  lists: ListQuery[],
  extra: Partial<SheetExportRequest> = {},
): SheetExportRequest => ({
  format: 'xlsx',
  lists,
  unitName: '省政协港澳台侨和外事委员会',
  operator: '王小明',
  date: '2026年11月29日',
  moneyUnit: '元',
  showPersonal: false,
  includeConfidential: false,
  ...extra,
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

/** The sheet's rows as arrays of cell values, from column A. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

/** The row whose first cell is `label` (合计), 1-based as Excel counts. */
function rowNumberOf(sheet: ExcelJS.Worksheet, label: string): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === label) found = n;
  });
  return found;
}

interface Gift {
  donor: string;
  amount: number;
  currency: 'CNY' | 'HKD';
  rate: string;
  cny: number;
  confidential?: boolean;
  day: number;
}

/** Cash gifts, in yuan; foreign ones with the CNY the office recorded. */
const GIFTS: Gift[] = [
  { donor: '香港某公司', amount: 100_000, currency: 'HKD', rate: '0.9', cny: 90_000, day: 3 },
  { donor: '澳门侨胞', amount: 2_345.67, currency: 'CNY', rate: '1', cny: 2_345.67, day: 5 },
  {
    donor: '不愿具名者',
    amount: 50_000,
    currency: 'HKD',
    rate: '0.9',
    cny: 45_000,
    confidential: true,
    day: 7,
  },
  { donor: '海外顾问团', amount: 8_000.5, currency: 'CNY', rate: '1', cny: 8_000.5, day: 9 },
];

async function recordGifts(campaignId?: string): Promise<void> {
  for (const gift of GIFTS) {
    await createRecord('donation', {
      kind: '资金',
      donors: [{ type: '其他', name: gift.donor, group: false }],
      amount: { amountMinor: Math.round(gift.amount * 100), currency: gift.currency },
      rate: gift.rate,
      cnyAmountMinor: Math.round(gift.cny * 100),
      date: { year: 2020, month: 2, day: gift.day },
      confidential: gift.confidential ?? false,
      ...(campaignId ? { campaignId } : {}),
    });
  }
}

describe('the 捐赠 台账 sheet', () => {
  it('has the title, 填报单位, headers after 序号, amounts as formatted numbers and the 合计', async () => {
    await recordGifts();
    const result = await runSheetExport(request([list('donation')]));
    const workbook = await readBack(result.bytes);
    const sheet = workbook.getWorksheet('捐赠')!;
    const rows = rowsOf(sheet);
    expect(rows[0]?.[0]).toBe('捐赠台账');
    expect(rows[1]?.[0]).toBe('填报单位：省政协港澳台侨和外事委员会');
    expect(rows[1]).toContain('日期：2026年11月29日');
    expect(rows[1]).toContain('单位：元');
    const headers = rows[2] as string[];
    expect(headers.slice(0, 3)).toEqual(['序号', '捐赠日期', '捐赠方']);
    const cnyColumn = headers.indexOf('折合人民币') + 1;
    const amountColumn = headers.indexOf('原币金额') + 1;
    expect(cnyColumn).toBeGreaterThan(0);

    // Newest first, the 保密 one left out.
    const shown = GIFTS.filter((g) => !g.confidential).sort((a, b) => b.day - a.day);
    shown.forEach((gift, i) => {
      const row = sheet.getRow(4 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(3).value).toBe(gift.donor);
      expect(row.getCell(2).value).toBe(`2020年2月${gift.day}日`);
      expect(row.getCell(amountColumn).value).toBe(gift.amount);
      expect(typeof row.getCell(cnyColumn).value).toBe('number');
      expect(row.getCell(cnyColumn).value).toBeCloseTo(gift.cny, 2);
      expect(row.getCell(cnyColumn).numFmt).toBe('#,##0.00');
    });
    const totalRow = sheet.getRow(rowNumberOf(sheet, '合计'));
    expect(totalRow.number).toBe(4 + shown.length);
    const expected = shown.reduce((sum, g) => sum + Math.round(g.cny * 100), 0) / 100;
    expect(totalRow.getCell(cnyColumn).value).toBeCloseTo(expected, 2);
    expect(totalRow.getCell(cnyColumn).numFmt).toBe('#,##0.00');
    // Two currencies in 原币金额: never summed, each totalled in a note instead.
    expect(totalRow.getCell(amountColumn).value).toBeNull();
    const text = rows.flat().filter((v): v is string => typeof v === 'string');
    expect(text).toContain('原币金额合计：人民币 10,346.17；港币 100,000.00');
    expect(text).toContain('注：另有 1 笔保密捐赠（捐赠方要求不公开）未列入本表，合计亦不含。');
    expect(text).toContain('填表人：王小明');
    expect(text).toContain('审核人：');
    expect(result).toMatchObject({ rows: 3, confidentialLeftOut: 1, confidentialIncluded: 0 });
  });

  it('includes the 保密 donations when asked, counts them and says so', async () => {
    await recordGifts();
    const result = await runSheetExport(request([list('donation')], { includeConfidential: true }));
    const sheet = (await readBack(result.bytes)).getWorksheet('捐赠')!;
    const donors = rowsOf(sheet).map((row) => row[2]);
    expect(donors).toContain('不愿具名者');
    const headers = rowsOf(sheet)[2] as string[];
    const total = sheet.getRow(rowNumberOf(sheet, '合计'));
    const all = GIFTS.reduce((sum, g) => sum + Math.round(g.cny * 100), 0) / 100;
    expect(total.getCell(headers.indexOf('折合人民币') + 1).value).toBeCloseTo(all, 2);
    expect(result).toMatchObject({ rows: 4, confidentialLeftOut: 0, confidentialIncluded: 1 });
    expect(rowsOf(sheet).flat()).toContain(
      '注：本表含 1 笔保密捐赠，捐赠方要求不公开，请勿对外公布。',
    );
  });

  it('states amounts in 万元 when asked', async () => {
    await recordGifts();
    const result = await runSheetExport(request([list('donation')], { moneyUnit: '万元' }));
    const sheet = (await readBack(result.bytes)).getWorksheet('捐赠')!;
    const headers = rowsOf(sheet)[2] as string[];
    expect(rowsOf(sheet)[1]).toContain('单位：万元');
    const total = sheet.getRow(rowNumberOf(sheet, '合计'));
    const yuan = GIFTS.filter((g) => !g.confidential).reduce((s, g) => s + g.cny, 0);
    expect(total.getCell(headers.indexOf('折合人民币') + 1).value).toBeCloseTo(yuan / 10_000, 6);
  });

  it('exports only what the list filters hold', async () => {
    const campaign = await createRecord('campaign', { name: '新冠肺炎疫情防控' });
    await recordGifts(campaign.id);
    await createRecord('donation', {
      kind: '资金',
      donors: [{ type: '其他', name: '别的专项', group: false }],
      amount: { amountMinor: 1_000_00, currency: 'CNY' },
      date: { year: 2021 },
    });
    const result = await runSheetExport(request([list('donation', { campaignId: campaign.id })]));
    const sheet = (await readBack(result.bytes)).getWorksheet('捐赠')!;
    const donors = rowsOf(sheet).map((row) => row[2]);
    expect(donors).not.toContain('别的专项');
    expect(rowsOf(sheet).map((row) => row[9])).toContain('新冠肺炎疫情防控');
    expect(result.rows).toBe(3);
  });
});

describe('personal data in the 委员 sheet', () => {
  beforeEach(async () => {
    await createRecord('member', {
      name: '陈美玲',
      phone: '13812345678',
      email: 'chenmeiling@example.com',
    });
  });

  it('is masked unless the export asks for it', async () => {
    const masked = rowsOf(
      (await readBack((await runSheetExport(request([list('member')]))).bytes)).getWorksheet(
        '委员',
      )!,
    );
    expect(masked[3]).toContain('138****5678');
    expect(masked[3]).toContain('c***@example.com');
    expect(masked.flat()).not.toContain('13812345678');

    const full = rowsOf(
      (
        await readBack(
          (await runSheetExport(request([list('member')], { showPersonal: true }))).bytes,
        )
      ).getWorksheet('委员')!,
    );
    expect(full[3]).toContain('13812345678');
    expect(full[3]).toContain('chenmeiling@example.com');
  });
});

describe('the whole set', () => {
  it('has one sheet per record type', async () => {
    await createRecord('member', { name: '张国华' });
    await recordGifts();
    const result = await runSheetExport(
      request(
        (['member', 'activity', 'donation', 'campaign', 'studio'] as const).map((k) => list(k)),
      ),
    );
    const workbook = await readBack(result.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '委员',
      '履职活动',
      '捐赠',
      '专项',
      '委员工作室',
    ]);
    expect(rowsOf(workbook.getWorksheet('委员')!)[3]?.[1]).toBe('张国华');
    // An empty list is still a 台账: headers, then 合计 straight after.
    expect(rowNumberOf(workbook.getWorksheet('专项')!, '合计')).toBe(4);
  });
});

describe('CSV', () => {
  it('is UTF-8 with a BOM, headers in Chinese, amounts as plain numbers', async () => {
    await recordGifts();
    const result = await runSheetExport(request([list('donation')], { format: 'csv' }));
    expect([...result.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(result.bytes.subarray(3)).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^序号,捐赠日期,捐赠方,捐赠类型,币种,原币金额,汇率,折合人民币,/);
    expect(lines[1]).toMatch(/^1,2020年2月9日,海外顾问团,资金,CNY,8000\.50,1,8000\.50,/);
    expect(lines).toHaveLength(4);
    expect(result.confidentialLeftOut).toBe(1);
  });

  it('writes 万元 exactly, to the fen', async () => {
    await recordGifts();
    const result = await runSheetExport(
      request([list('donation')], { format: 'csv', moneyUnit: '万元' }),
    );
    const lines = new TextDecoder().decode(result.bytes.subarray(3)).trimEnd().split('\r\n');
    // 8,000.50 元 and 2,345.67 元 in 万元, as the test writes them out by hand.
    expect(lines[1]).toContain(',0.800050,1,0.800050,');
    expect(lines[2]).toContain(',0.234567,1,0.234567,');
  });
});

describe('cancelling', () => {
  it('stops the export with nothing made', async () => {
    await recordGifts();
    const controller = new AbortController();
    controller.abort();
    await expect(
      runSheetExport(request([list('donation')]), { signal: controller.signal }),
    ).rejects.toThrow();
  });
});
