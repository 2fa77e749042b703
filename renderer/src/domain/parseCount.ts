import type { ParseResult } from './parseResult';
import { toHalfWidth } from './toHalfWidth';

/**
 * A number as offices type it — 20000, 20,000, ２００００, 2万, 1.5万, 3亿 — read exactly (the
 * decimal point moved in the text, not multiplied as a float). `integer` refuses a fraction, and
 * a number below `min` is refused too; each with the reason.
 */
export function parseCount(
  text: string,
  { integer = false, min }: { integer?: boolean; min?: { value: number; inclusive: boolean } } = {},
): ParseResult<number> {
  const s = toHalfWidth(text).replace(/[,，\s]/g, '');
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(万|亿)?$/.exec(s);
  const intPart = match?.[2] ?? '';
  const fracPart = match?.[3] ?? '';
  if (!match || intPart + fracPart === '') {
    return { ok: false, message: '请填写数字，如 20000 或 2万' };
  }
  const shift = match[4] === '亿' ? 8 : match[4] === '万' ? 4 : 0;
  const digits = intPart + fracPart.padEnd(shift, '0');
  const pointAt = intPart.length + shift;
  const whole = digits.slice(0, pointAt) || '0';
  const fraction = digits.slice(pointAt).replace(/0+$/, '');
  if (integer && fraction !== '') return { ok: false, message: '须为整数' };
  const value = Number(`${match[1]}${whole}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isSafeInteger(Math.trunc(value))) return { ok: false, message: '数字过大' };
  if (min && (min.inclusive ? value < min.value : value <= min.value)) {
    return { ok: false, message: min.inclusive ? `不能小于${min.value}` : `须大于${min.value}` };
  }
  return { ok: true, value };
}
