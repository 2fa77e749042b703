import { beforeEach, describe, expect, it } from 'vitest';
import { OUTSIDE_DONOR } from '../../../../renderer/src/db/listFilterFields';
import {
  countListed,
  defaultOrder,
  readAllListed,
  type ListFilters,
  type ListQuery,
} from '../../../../renderer/src/db/recordPages';
import { createRecord } from '../../../../renderer/src/db/repositories/recordRepository';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
});

const query = (filters: ListFilters): ListQuery => ({
  kind: 'donation',
  order: defaultOrder('donation'),
  filters,
});

/** The notes of what the list holds, in its order (newest first). */
async function listed(filters: ListFilters): Promise<string[]> {
  const records = await readAllListed<'donation'>(query(filters));
  expect(await countListed(query(filters))).toBe(records.length);
  return records.map((d) => d.note ?? '');
}

describe('the 捐赠 list filters', () => {
  it('find donations by a member or an outside donor, by currency (of items too), year and type', async () => {
    const member = await createRecord('member', { name: '梁永康' });
    await createRecord('donation', {
      kind: '资金',
      donors: [{ type: '委员', memberId: member.id }],
      amount: { amountMinor: 6_000_000_00, currency: 'HKD' },
      rate: '0.878',
      cnyAmountMinor: 5_268_000_00,
      date: { year: 2019, month: 5 },
      note: '梁永康港币',
    });
    await createRecord('donation', {
      kind: '资金',
      donors: [{ type: '其他', name: '海外侨胞', group: true }],
      amount: { amountMinor: 800_000_00, currency: 'CNY' },
      date: { year: 2020, month: 2, day: 10 },
      note: '侨胞人民币',
    });
    await createRecord('donation', {
      kind: '物资',
      donors: [
        { type: '其他', name: '澳门某商会' },
        { type: '委员', memberId: member.id },
      ],
      items: [{ name: '轮椅', quantity: 20, value: { amountMinor: 50_000_00, currency: 'MOP' } }],
      date: { year: 2020, month: 6, day: 1 },
      note: '商会轮椅',
    });

    expect(await listed({ donor: member.id })).toEqual(['商会轮椅', '梁永康港币']);
    expect(await listed({ donor: `${OUTSIDE_DONOR}海外侨胞` })).toEqual(['侨胞人民币']);
    expect(await listed({ donor: `${OUTSIDE_DONOR}海外` })).toEqual([]);
    expect(await listed({ currency: 'MOP' })).toEqual(['商会轮椅']);
    expect(await listed({ currency: 'HKD' })).toEqual(['梁永康港币']);
    expect(await listed({ year: '2020', kind: '资金' })).toEqual(['侨胞人民币']);
    expect(await listed({ year: '2020', donor: member.id })).toEqual(['商会轮椅']);
  });
});
