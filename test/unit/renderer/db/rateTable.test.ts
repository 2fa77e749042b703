import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import {
  putRates,
  RATE_TABLE_KEY,
  RateTableChangedError,
  readRateTable,
  removeRate,
} from '../../../../renderer/src/db/rateTable';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

const hkd = { currency: 'HKD', from: '2020-02-01', rate: '0.9013' } as const;
const hkdLater = { currency: 'HKD', from: '2021-01-01', rate: '0.8321' } as const;
const usd = { currency: 'USD', from: '2020-02-01', rate: '6.9249' } as const;

describe('the 汇率 table', () => {
  it('stores rates in one meta row, by currency as pickers list them, newest first', async () => {
    await putRates([usd, hkd, hkdLater], new Map());
    expect(await readRateTable()).toEqual([hkdLater, hkd, usd]);
    expect((await database.meta.get(RATE_TABLE_KEY))?.value).toHaveLength(3);
  });

  it('replaces a rate only when the caller saw the one it replaces', async () => {
    await putRates([hkd], new Map());
    const newer = { ...hkd, rate: '0.9100' };
    await expect(putRates([newer], new Map())).rejects.toThrow(
      new RateTableChangedError(newer, '0.9013'),
    );
    await expect(putRates([newer], new Map())).rejects.toThrow(
      '港币 2020-02-01 的汇率已在别处改为 0.9013，请核对后再保存。',
    );
    expect(await readRateTable()).toEqual([hkd]);
    await putRates([newer], new Map([['HKD@2020-02-01', '0.9013']]));
    expect(await readRateTable()).toEqual([newer]);
  });

  it('writes all of a batch or none of it', async () => {
    await putRates([hkd], new Map());
    await expect(putRates([usd, { ...hkd, rate: '0.95' }], new Map())).rejects.toBeInstanceOf(
      RateTableChangedError,
    );
    expect(await readRateTable()).toEqual([hkd]);
  });

  it('refuses a bad entry and a rate for CNY, writing nothing', async () => {
    await expect(
      putRates([{ currency: 'HKD', from: '2020-2-1', rate: '0.9' }], new Map()),
    ).rejects.toThrow('起始日期须为 YYYY-MM-DD');
    await expect(
      putRates([{ currency: 'CNY', from: '2020-02-01', rate: '1' }], new Map()),
    ).rejects.toThrow('人民币无需汇率');
    expect(await readRateTable()).toEqual([]);
  });

  it('removes a rate only while it is as the user saw it', async () => {
    await putRates([hkd, usd], new Map());
    await expect(removeRate({ ...hkd, rate: '0.5' })).rejects.toThrow(
      '港币 2020-02-01 的汇率已在别处改为 0.9013',
    );
    await removeRate(hkd);
    expect(await readRateTable()).toEqual([usd]);
    await expect(removeRate(hkd)).rejects.toThrow('港币 2020-02-01 的汇率已在别处删除');
  });

  it('logs each change in the 操作记录 as 设置, with the rate before and after', async () => {
    setOperator('王小明');
    // A minute between changes, so that their order in the log does not rest on the clock's ticks.
    vi.useFakeTimers({ toFake: ['Date'] });
    let minute = 0;
    const nextMinute = () => vi.setSystemTime(new Date(2026, 10, 2, 9, (minute += 1)));
    try {
      nextMinute();
      await putRates([hkd], new Map());
      nextMinute();
      await putRates([{ ...hkd, rate: '0.92' }], new Map([['HKD@2020-02-01', '0.9013']]));
      nextMinute();
      await putRates([usd, hkdLater], new Map(), 'pasted');
      nextMinute();
      await removeRate(usd);
    } finally {
      vi.useRealTimers();
    }
    const log = await database.audit.orderBy('at').toArray();
    expect(log.map((entry) => [entry.kind, entry.action, entry.operator, entry.summary])).toEqual([
      ['settings', 'create', '王小明', '添加汇率：港币（HKD）2020年2月1日起 0.9013'],
      ['settings', 'update', '王小明', '修改汇率：港币（HKD）2020年2月1日起 0.9013 → 0.92'],
      [
        'settings',
        'import',
        '王小明',
        '导入汇率：美元（USD）2020年2月1日起 6.9249、港币（HKD）2021年1月1日起 0.8321',
      ],
      ['settings', 'delete', '王小明', '删除汇率：美元（USD）2020年2月1日起 6.9249'],
    ]);
  });

  it('logs nothing for a change refused', async () => {
    await putRates([hkd], new Map());
    await expect(putRates([{ ...hkd, rate: '0.95' }], new Map())).rejects.toBeInstanceOf(
      RateTableChangedError,
    );
    await expect(removeRate(usd)).rejects.toBeInstanceOf(RateTableChangedError);
    expect(await database.audit.count()).toBe(1);
  });
});
