import { describe, expect, it } from 'vitest';
import {
  describeSelection,
  inSelection,
} from '../../../../../renderer/src/domain/transfer/exportSelection';

const member = { id: 'm', name: '胡旭晟', updatedAt: '2021-03-01T00:00:00.000Z' };
const inMay = {
  id: 'a',
  title: '郴州考察',
  startDate: { year: 2018, month: 5, day: 29 },
  campaignId: 'c1',
  updatedAt: '2021-06-01T00:00:00.000Z',
};
const yearOnly = { id: 'd', donor: 'x', date: { year: 2021 }, updatedAt: '2021-01-01T00:00:00Z' };

describe('which records a 交接包 carries', () => {
  it('a date range picks dated records by their first possible day, and keeps the rest', () => {
    const range = { type: 'dates', from: '2018-05-01', to: '2018-05-31' } as const;
    expect(inSelection(inMay, range)).toBe(true);
    expect(inSelection(yearOnly, range)).toBe(false);
    expect(inSelection(yearOnly, { type: 'dates', from: '2021-01-01', to: '2021-12-31' })).toBe(
      true,
    );
    expect(inSelection(inMay, { type: 'dates', from: '2018-05-30', to: '2018-12-31' })).toBe(false);
    // 委员 carry no date: they always go along, so that activities arrive with their members.
    expect(inSelection(member, range)).toBe(true);
  });

  it('a 专项 picks its activities and donations, and keeps the records they refer to', () => {
    const campaign = { type: 'campaign', campaignId: 'c1', campaignName: '三进三助' } as const;
    expect(inSelection(inMay, campaign)).toBe(true);
    expect(inSelection(yearOnly, campaign)).toBe(false);
    expect(inSelection({ ...inMay, campaignId: 'c2' }, campaign)).toBe(false);
    expect(inSelection(member, campaign)).toBe(true);
  });

  it('since the last handover picks what was written after it; a first handover takes all', () => {
    const since = { type: 'since', colleague: '李明', since: '2021-04-01T00:00:00.000Z' } as const;
    expect(inSelection(inMay, since)).toBe(true);
    expect(inSelection(member, since)).toBe(false);
    expect(inSelection(member, { ...since, since: null })).toBe(true);
  });

  it('says in words what was selected', () => {
    expect(describeSelection({ type: 'all' })).toBe('全部记录');
    expect(describeSelection({ type: 'dates', from: '2021-01-01', to: '2021-06-30' })).toBe(
      '2021年1月1日至2021年6月30日的记录',
    );
    expect(
      describeSelection({ type: 'since', colleague: '李明', since: '2021-04-05T08:00:00.000Z' }),
    ).toBe('自2021年4月5日交接给李明以来的变更');
  });
});
