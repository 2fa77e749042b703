import { describe, expect, it } from 'vitest';
import {
  applyChoices,
  conflictingFields,
  editableFields,
  sameFieldValue,
} from '../../../../../renderer/src/domain/records';

const base = { id: 'x', rev: 3, name: '张三', phone: '13800000001', sector: '经济', note: '' };

describe('conflictingFields', () => {
  it('lists only the fields where my edit and the record now differ, labelled, in form order', () => {
    const mine = { ...base, phone: '13800000002', note: '已核对' };
    const current = { ...base, rev: 4, phone: '13800000003', sector: '科技' };
    const fields = conflictingFields('member', base, mine, current);
    expect(fields.map((f) => [f.label, f.mine, f.current, f.suggested])).toEqual([
      ['界别', '经济', '科技', 'current'],
      ['联系电话', '13800000002', '13800000003', undefined],
      ['备注', '已核对', '', 'mine'],
    ]);
  });

  it('finds nothing to choose when only bookkeeping or empty values differ', () => {
    const mine = { ...base, otherNames: [], email: undefined };
    const current = { ...base, rev: 9, updatedAt: '2026-01-01T00:00:00Z', email: '' };
    expect(conflictingFields('member', base, mine, current)).toEqual([]);
  });

  it('suggests nothing when the starting point is unknown', () => {
    const fields = conflictingFields('member', null, { name: '甲' }, { name: '乙' });
    expect(fields).toEqual([
      {
        key: 'name',
        label: '姓名',
        base: undefined,
        mine: '甲',
        current: '乙',
        suggested: undefined,
      },
    ]);
  });
});

describe('applyChoices', () => {
  it('takes each field from the side chosen', () => {
    const mine = { name: '张三', phone: '2', sector: '经济' };
    const current = { name: '张三', phone: '3' };
    expect(applyChoices(mine, current, { phone: 'current', sector: 'current' })).toEqual({
      name: '张三',
      phone: '3',
    });
    expect(applyChoices(mine, current, { phone: 'mine' })).toEqual(mine);
  });
});

describe('sameFieldValue and editableFields', () => {
  it('compares objects by content whatever their key order', () => {
    expect(sameFieldValue({ year: 2021, month: 4 }, { month: 4, year: 2021 })).toBe(true);
    expect(sameFieldValue({ year: 2021, month: 4 }, { year: 2021, month: 5 })).toBe(false);
    expect(sameFieldValue(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('drops the fields no form edits', () => {
    expect(
      editableFields({
        id: 'x',
        rev: 2,
        createdAt: 'a',
        updatedAt: 'b',
        deletedAt: null,
        sample: true,
        name: '甲',
      }),
    ).toEqual({ name: '甲' });
  });
});
