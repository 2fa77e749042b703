import { describe, expect, it } from 'vitest';
import { activityInputOf } from '../../../../../renderer/src/features/activities/activityFormValues';

describe('activityInputOf', () => {
  it('empties the fields of other types, even ones the record had, and keeps its own', () => {
    const input = activityInputOf({
      title: '关于深化湘港澳职业教育合作的提案',
      type: '提案',
      proposal: { number: '第0123号' },
      research: { leadLeader: '省政协副主席张大方' },
    });
    expect(input.proposal).toEqual({ number: '第0123号' });
    // Present and empty, so that it replaces what the record held.
    expect('research' in input && input.research === undefined).toBe(true);
    expect('duty' in input && input.duty === undefined).toBe(true);
  });

  it('leaves out a group of its own with nothing filled in, and keeps a cleared number as nothing', () => {
    const input = activityInputOf({
      type: '值班',
      duty: { messageCount: null, viewCount: 120 },
      outcomes: [{ indicator: '签约项目', value: 60, unit: null }],
    });
    expect(input.duty).toEqual({ messageCount: undefined, viewCount: 120 });
    expect(input.outcomes).toEqual([{ indicator: '签约项目', value: 60, unit: undefined }]);
    expect(activityInputOf({ type: '读书' }).reading).toBeUndefined();
    expect(activityInputOf({ type: '读书', reading: { books: [] } }).reading).toBeUndefined();
    expect(activityInputOf({ type: '提案', proposal: { key: false } }).proposal).toEqual({
      key: false,
    });
  });

  it('leaves out a 成果 row added and left empty, and keeps one with anything in it', () => {
    const input = activityInputOf({
      type: '会议',
      outcomes: [
        {},
        { indicator: '签约项目', value: 60 },
        { indicator: '', unit: null },
        { unit: '个' },
      ],
    });
    expect(input.outcomes).toEqual([{ indicator: '签约项目', value: 60 }, { unit: '个' }]);
  });
});
