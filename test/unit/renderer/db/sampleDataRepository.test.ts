import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { countRecords } from '../../../../renderer/src/db/recordCounts';
import { listDrafts, saveDraft } from '../../../../renderer/src/db/repositories/draftRepository';
import {
  createRecord,
  deleteRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import {
  hasSampleData,
  loadSampleData,
  removeSampleData,
} from '../../../../renderer/src/db/repositories/sampleDataRepository';
import { putRates, readRateTable } from '../../../../renderer/src/db/rateTable';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
});

async function sampleMemberId(): Promise<string> {
  const row = await database.members.where('_sample').equals(1).first();
  return row!.id;
}

describe('sample data', () => {
  it('loads once, marked, and refuses a second load', async () => {
    const loaded = await loadSampleData();
    expect(loaded).toBeGreaterThan(100);
    expect(await hasSampleData()).toBe(true);
    await expect(loadSampleData()).rejects.toThrow('示例数据已经载入');
    const total = (
      await Promise.all(
        (['member', 'activity', 'donation', 'campaign', 'studio'] as const).map(countRecords),
      )
    ).reduce((a, b) => a + b, 0);
    expect(total).toBe(loaded);
    // 操作记录 says it was the sample, not an import of real members.
    const logged = (await database.audit.toArray()).map((entry) => entry.summary);
    expect(logged).toContain('载入示例委员 53 条');
    expect(logged.some((summary) => summary.startsWith('导入'))).toBe(false);
  });

  it('fills the 汇率 table with the rates the sample donations were made at, and takes back only those', async () => {
    // The user's own 港币 rate for 2020 stays, and is not taken away with the sample; nor is their
    // 澳门币 rate for 2020, though it is the sample's very value.
    await putRates(
      [{ currency: 'MOP', from: '2020-01-01', rate: '0.8715' }],
      new Map([['MOP@2020-01-01', undefined]]),
    );
    await putRates(
      [{ currency: 'HKD', from: '2020-01-01', rate: '0.9' }],
      new Map([['HKD@2020-01-01', undefined]]),
    );
    await loadSampleData();
    expect(await readRateTable()).toEqual([
      { currency: 'HKD', from: '2020-01-01', rate: '0.9' },
      { currency: 'HKD', from: '2019-01-01', rate: '0.8780' },
      { currency: 'MOP', from: '2020-01-01', rate: '0.8715' },
      { currency: 'MOP', from: '2019-01-01', rate: '0.8524' },
    ]);
    // A sample rate the user changed is theirs now.
    await putRates(
      [{ currency: 'MOP', from: '2019-01-01', rate: '0.85' }],
      new Map([['MOP@2019-01-01', '0.8524']]),
    );
    await removeSampleData();
    expect(await readRateTable()).toEqual([
      { currency: 'HKD', from: '2020-01-01', rate: '0.9' },
      { currency: 'MOP', from: '2020-01-01', rate: '0.8715' },
      { currency: 'MOP', from: '2019-01-01', rate: '0.85' },
    ]);
  });

  it('removes every sample record with its drafts, logs it, and keeps real records', async () => {
    const real = await createRecord('member', { name: '王正式', category: '特邀人士' });
    await loadSampleData();
    const sampleId = await sampleMemberId();
    await saveDraft({ form: 'member', recordId: sampleId, title: '示例委员', values: {} });
    await saveDraft({ form: 'member', recordId: real.id, title: '王正式', values: {} });

    const removed = await removeSampleData();
    expect(removed).toBeGreaterThan(100);
    expect(await hasSampleData()).toBe(false);
    expect(await countRecords('member')).toBe(1);
    expect((await listDrafts()).map((draft) => draft.recordId)).toEqual([real.id]);
    const entries = await database.audit.filter((e) => e.action === 'delete').toArray();
    expect(entries.map((entry) => entry.summary)).toContain('移除示例委员 53 条');
  });

  it('refuses removal while a real record names a sample member, changing nothing', async () => {
    await loadSampleData();
    const activity = await createRecord('activity', {
      title: '正式的调研活动',
      type: '调研',
      startDate: { year: 2022, month: 3 },
      participants: [{ memberId: await sampleMemberId(), role: '参加' }],
    });
    const before = await countRecords('member');
    await expect(removeSampleData()).rejects.toThrow(
      /有 1 条正式记录引用了示例数据（如履职活动“正式的调研活动”）/,
    );
    expect(await countRecords('member')).toBe(before);
    // Once the real record no longer stands, the sample can go.
    await deleteRecord('activity', activity.id, activity.rev);
    await expect(removeSampleData()).resolves.toBeGreaterThan(100);
  });
});
