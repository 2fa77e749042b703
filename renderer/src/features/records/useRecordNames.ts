import { useLiveQuery } from 'dexie-react-hooks';
import { readRecordNames } from '../../db/recordNames';
import type { RecordKind } from '../../domain/records';

/**
 * The names of the records `ids` point to, kept live: a record deleted (or restored, or undone)
 * elsewhere changes its name here at once — 「张国华（已删除）」, then 「张国华」 again. An id
 * with no record reads 「（未知记录）」. Undefined while the first answer is read.
 */
export function useRecordNames(
  kind: RecordKind,
  ids: readonly string[],
): ReadonlyMap<string, string> | undefined {
  // The ids as one string, so that a new array with the same ids does not read them again.
  const key = [...new Set(ids)].sort().join('\n');
  return useLiveQuery(() => readRecordNames(kind, key ? key.split('\n') : []), [kind, key]);
}
