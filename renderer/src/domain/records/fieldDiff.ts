import { FIELD_LABELS } from './fieldLabels';
import type { RecordSnapshot } from './auditEntry';
import type { RecordKind } from './recordBase';

/** Fields every record carries that no form edits: never part of a comparison. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'deletedAt', 'sample']);

/** Which side of a field to keep when two edits of one record meet. */
export type FieldChoice = 'mine' | 'current';

/** One field on which the user's edit and the record as it stands now disagree. */
export interface FieldConflict {
  key: string;
  label: string;
  /** The value the form started from; undefined where that is not known. */
  base: unknown;
  mine: unknown;
  current: unknown;
  /** The choice that keeps both edits, when only one side changed the field; else undefined. */
  suggested: FieldChoice | undefined;
}

/**
 * The fields on which `mine` (a form's values) and `current` (the record now) differ, in the order
 * the form shows them. With `base`, the record the form was opened on, a field only one side
 * changed gets a suggested choice; a field both changed is left for the user.
 */
export function conflictingFields(
  kind: RecordKind,
  base: RecordSnapshot | null,
  mine: RecordSnapshot,
  current: RecordSnapshot,
): FieldConflict[] {
  const labels: Readonly<Record<string, string>> = FIELD_LABELS[kind];
  const formOrder = Object.keys(labels).filter((key) => !key.includes('.'));
  const keys = [...new Set([...formOrder, ...Object.keys(mine), ...Object.keys(current)])];
  return keys
    .filter((key) => !BOOKKEEPING.has(key) && !sameFieldValue(mine[key], current[key]))
    .map((key) => {
      const mineChanged = base ? !sameFieldValue(base[key], mine[key]) : true;
      const theirsChanged = base ? !sameFieldValue(base[key], current[key]) : true;
      const suggested: FieldChoice | undefined =
        mineChanged && !theirsChanged
          ? 'mine'
          : theirsChanged && !mineChanged
            ? 'current'
            : undefined;
      return {
        key,
        label: labels[key] ?? key,
        base: base?.[key],
        mine: mine[key],
        current: current[key],
        suggested,
      };
    });
}

/** One field a change altered, as the 操作记录 shows it: 之前 → 之后. */
export interface FieldChange {
  key: string;
  label: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields that differ between two versions of a record, in the order the form shows them;
 * a create compares with nothing, so it lists every field it filled.
 */
export function changedFields(
  kind: RecordKind,
  before: RecordSnapshot | null,
  after: RecordSnapshot | null,
): FieldChange[] {
  return conflictingFields(kind, null, after ?? {}, before ?? {})
    .filter((field) => !field.key.startsWith('_'))
    .map(({ key, label, mine, current }) => ({ key, label, before: current, after: mine }));
}

/**
 * The record to save after the user chose per field: `mine` with every field chosen as 当前记录
 * taken from `current`.
 */
export function applyChoices(
  mine: RecordSnapshot,
  current: RecordSnapshot,
  choices: Readonly<Record<string, FieldChoice>>,
): RecordSnapshot {
  const merged: RecordSnapshot = { ...mine };
  for (const [key, choice] of Object.entries(choices)) {
    if (choice !== 'current') continue;
    if (current[key] === undefined) delete merged[key];
    else merged[key] = current[key];
  }
  return merged;
}

/** What a form edits of a stored record: the record without its bookkeeping fields. */
export function editableFields(record: RecordSnapshot): RecordSnapshot {
  const fields: RecordSnapshot = {};
  for (const [key, value] of Object.entries(record)) {
    if (!BOOKKEEPING.has(key)) fields[key] = value;
  }
  return fields;
}

/**
 * Equal as a user sees it: an empty text, an empty list, null and a missing value are all
 * "nothing", and objects compare by content whatever their key order.
 */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (isNothing(value)) return '';
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>)
            .filter(([, v]) => !isNothing(v))
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : inner,
  );
}

/** A value that holds nothing: absent, blank text, or an empty list. */
export function isNothing(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}
