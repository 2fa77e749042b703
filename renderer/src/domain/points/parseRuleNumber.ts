import type { ParseResult } from '../parseResult';
import { toHalfWidth } from '../toHalfWidth';

/** The most a rule's number may be: points, caps and counts alike (pointsRulesSchema's bound). */
export const RULE_MAX = 100;

/**
 * A number of the 履职积分规则 or of the 提醒标准 as typed: 0 to 100, full-width digits as well;
 * points may have a fraction (0.5), counts may not. A number box clamped −3 to 0 and read “abc”
 * as 0 without a word; here each is refused with the reason, and the rule keeps its old value.
 */
export function parseRuleNumber(text: string, { integer = false } = {}): ParseResult<number> {
  // U+2212, the minus sign a word processor or a web page puts in, is a minus too.
  const s = toHalfWidth(text)
    .replace(/\u2212/g, '-')
    .trim();
  const what = integer ? '整数' : '数字';
  if (s === '') return { ok: false, message: `请填写 0 到 ${RULE_MAX} 的${what}` };
  if (/^-\s*\d/.test(s)) return { ok: false, message: '不能为负数' };
  // “0.” and “.5” are numbers being typed (0.5), not mistakes.
  if (!/^\+?(\d+(\.\d*)?|\.\d+)$/.test(s))
    return { ok: false, message: `请填写 0 到 ${RULE_MAX} 的${what}` };
  const value = Number(s);
  if (integer && !Number.isInteger(value)) return { ok: false, message: '须为整数' };
  if (value > RULE_MAX) return { ok: false, message: `不能超过 ${RULE_MAX}` };
  return { ok: true, value };
}
