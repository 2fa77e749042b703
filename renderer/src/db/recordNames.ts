import { referencedName } from '../domain/references';
import type { RecordKind } from '../domain/records';
import { db } from './database';
import { fromRow } from './rows';

/**
 * The names of records of one kind, by id, as a referring record shows them: plain for a live
 * record, marked （已删除） for a tombstone, （未知记录） for an id with no record. Every id asked
 * for is in the answer. Reads only the records asked for.
 */
export async function readRecordNames(
  kind: RecordKind,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await db().tableOf(kind).bulkGet(unique);
  return new Map(
    unique.map((id, i) => {
      const row = rows[i];
      return [id, referencedName(kind, row ? fromRow<RecordKind>(row) : undefined)];
    }),
  );
}
