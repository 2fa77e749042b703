import { describe, expect, it } from 'vitest';
import { validateInput, validateRecord } from '../../../../../renderer/src/domain/records';
import { BASE } from './validationHelpers';

describe('validateInput', () => {
  it('refuses what is not an object, naming the record kind', () => {
    for (const input of [null, undefined, 'x', 42, []]) {
      const result = validateInput('member', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.message).toMatch(/^委员：/);
    }
  });

  it('drops unknown keys and trims texts', () => {
    const result = validateInput('member', { name: ' 甲 ', hacker: true });
    expect(result).toEqual({
      ok: true,
      value: { name: '甲', otherNames: [], studioIds: [], status: '在任' },
    });
  });

  it('reports every field issue at once, in field order', () => {
    const result = validateInput('member', { name: '', phone: 'x'.repeat(41), status: '?' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.field)).toEqual(['name', 'phone', 'status']);
      expect(result.issues[1]?.message).toBe('联系电话：不能超过40个字');
    }
  });

  it('reports a value too large to be exact', () => {
    const result = validateInput('donation', {
      kind: '资金',
      donors: [{ type: '其他', name: '甲' }],
      amount: { amountMinor: 2 ** 60, currency: 'CNY' },
      date: { year: 2020 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toBe('金额：数值过大');
  });
});

describe('validateRecord', () => {
  it('needs the base fields', () => {
    expect(validateRecord('campaign', { ...BASE, name: '甲' }).ok).toBe(true);
    const result = validateRecord('campaign', { name: '甲' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.field)).toEqual([
        'id',
        'createdAt',
        'updatedAt',
        'rev',
        'deletedAt',
      ]);
  });
});
