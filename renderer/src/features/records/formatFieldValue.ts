import { formatPartialDate, type PartialDate } from '../../domain/partialDate';
import { sameFieldValue } from '../../domain/records';

/** Shown for a field with no value. */
export const EMPTY_VALUE = '（空）';

/**
 * A field's value as one line of text for comparing two versions of a record: dates as
 * 2021年4月15日, lists joined with 、, yes/no as 是/否. `names` turns ids into names where the
 * field holds references.
 */
export function formatFieldValue(
  value: unknown,
  names?: (id: string) => string | undefined,
): string {
  if (sameFieldValue(value, undefined)) return EMPTY_VALUE;
  if (typeof value === 'string') return names?.(value) ?? value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((item) => formatFieldValue(item, names)).join('、');
  if (isPartialDate(value)) return formatPartialDate(value);
  return Object.values(value as Record<string, unknown>)
    .filter((inner) => !sameFieldValue(inner, undefined))
    .map((inner) => formatFieldValue(inner, names))
    .join(' · ');
}

function isPartialDate(value: unknown): value is PartialDate {
  return (
    typeof value === 'object' && value !== null && typeof (value as PartialDate).year === 'number'
  );
}
