import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../../renderer/src/domain/parseCount';

describe('parseCount', () => {
  it('reads numbers as offices type them, exactly', () => {
    expect(parseCount('20000')).toEqual({ ok: true, value: 20000 });
    expect(parseCount('20,000')).toEqual({ ok: true, value: 20000 });
    expect(parseCount('２００００')).toEqual({ ok: true, value: 20000 });
    expect(parseCount('2万')).toEqual({ ok: true, value: 20000 });
    expect(parseCount('1.5万')).toEqual({ ok: true, value: 15000 });
    expect(parseCount('3亿')).toEqual({ ok: true, value: 300000000 });
    expect(parseCount('0.3')).toEqual({ ok: true, value: 0.3 });
    expect(parseCount('325')).toEqual({ ok: true, value: 325 });
  });

  it('refuses what is no number, or out of bounds, saying why', () => {
    expect(parseCount('两万')).toEqual({ ok: false, message: '请填写数字，如 20000 或 2万' });
    expect(parseCount('60个')).toEqual({ ok: false, message: '请填写数字，如 20000 或 2万' });
    expect(parseCount('1.5', { integer: true })).toEqual({ ok: false, message: '须为整数' });
    expect(parseCount('1.5万', { integer: true })).toEqual({ ok: true, value: 15000 });
    const positive = { min: { value: 0, inclusive: false } };
    expect(parseCount('0', positive)).toEqual({ ok: false, message: '须大于0' });
    expect(parseCount('-1', positive)).toEqual({ ok: false, message: '须大于0' });
    const notNegative = { min: { value: 0, inclusive: true } };
    expect(parseCount('0', notNegative)).toEqual({ ok: true, value: 0 });
    expect(parseCount('-3', notNegative)).toEqual({ ok: false, message: '不能小于0' });
    expect(parseCount('99999999999999999999')).toEqual({ ok: false, message: '数字过大' });
  });
});
