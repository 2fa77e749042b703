import { describe, expect, it } from 'vitest';
import { parseRuleNumber } from '../../../../../renderer/src/domain/points/parseRuleNumber';

describe('a rule’s number as typed', () => {
  it('reads points with a half, full-width digits and spaces around', () => {
    expect(parseRuleNumber('4')).toEqual({ ok: true, value: 4 });
    expect(parseRuleNumber(' 2.5 ')).toEqual({ ok: true, value: 2.5 });
    expect(parseRuleNumber('１０')).toEqual({ ok: true, value: 10 });
    expect(parseRuleNumber('0')).toEqual({ ok: true, value: 0 });
    expect(parseRuleNumber('100')).toEqual({ ok: true, value: 100 });
    // 0.5 on its way: neither “0.” nor “.5” is a mistake.
    expect(parseRuleNumber('0.')).toEqual({ ok: true, value: 0 });
    expect(parseRuleNumber('.5')).toEqual({ ok: true, value: 0.5 });
  });

  it('refuses a negative number, text, nothing and more than 100, saying why', () => {
    expect(parseRuleNumber('-3')).toEqual({ ok: false, message: '不能为负数' });
    expect(parseRuleNumber('－3')).toEqual({ ok: false, message: '不能为负数' });
    expect(parseRuleNumber('\u22123')).toEqual({ ok: false, message: '不能为负数' });
    expect(parseRuleNumber('四')).toEqual({ ok: false, message: '请填写 0 到 100 的数字' });
    expect(parseRuleNumber('')).toEqual({ ok: false, message: '请填写 0 到 100 的数字' });
    expect(parseRuleNumber('101')).toEqual({ ok: false, message: '不能超过 100' });
  });

  it('refuses a fraction where a count is asked for', () => {
    expect(parseRuleNumber('2', { integer: true })).toEqual({ ok: true, value: 2 });
    expect(parseRuleNumber('1.5', { integer: true })).toEqual({ ok: false, message: '须为整数' });
    expect(parseRuleNumber('两', { integer: true })).toEqual({
      ok: false,
      message: '请填写 0 到 100 的整数',
    });
  });
});
