import {
  ACTIVITY_DETAIL_TYPES,
  activityDetailGroup,
  type ActivityDetailGroup,
  type ActivityType,
  type RecordSnapshot,
  sameFieldValue,
} from '../../domain/records';

const GROUPS = Object.keys(ACTIVITY_DETAIL_TYPES) as ActivityDetailGroup[];

/** A value as the schema takes it: antd's cleared inputs hold null where the record holds nothing. */
function withoutNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
        key,
        withoutNulls(inner),
      ]),
    );
  }
  return value;
}

/** Whether a group of type-specific fields holds nothing: no text, no number, no choice. */
function holdsNothing(group: unknown): boolean {
  if (typeof group !== 'object' || group === null) return true;
  return Object.values(group).every((value) => sameFieldValue(value, undefined));
}

/** Whether a row of 成果 holds nothing: one added and left empty, which saving leaves out. */
export function outcomeRowIsEmpty(row: unknown): boolean {
  return holdsNothing(row);
}

/**
 * What the activity form saves: its values with the type-specific fields of other types emptied
 * (a 提案 turned into a 会议 keeps no 案号, even one the record had), its own left out while
 * nothing is filled in (an activity opened and saved is not changed), 成果 rows left empty left
 * out, and cleared inputs as nothing.
 */
export function activityInputOf(values: RecordSnapshot): RecordSnapshot {
  const type = values.type as ActivityType | undefined;
  const own = type ? activityDetailGroup(type) : undefined;
  const input = withoutNulls(values) as RecordSnapshot;
  for (const group of GROUPS) {
    if (group !== own || holdsNothing(input[group])) input[group] = undefined;
  }
  if (Array.isArray(input.outcomes)) {
    input.outcomes = input.outcomes.filter((row: unknown) => !outcomeRowIsEmpty(row));
  }
  return input;
}
