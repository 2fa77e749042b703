import { useLiveQuery } from 'dexie-react-hooks';
import { getStoredRecord } from '../../db/repositories/recordRepository';
import type { RecordByKind, RecordKind } from '../../domain/records';

/**
 * The record `id` as stored now, kept live (a tombstone too): undefined while it is read, null
 * when there is none or no id. A live query keeps its last answer while it asks about another
 * record; that answer is not given as this record's, or a form opened on `id` would show — and
 * could save — the record opened before it.
 */
export function useStoredRecord<K extends RecordKind>(
  kind: K,
  id: string | null | undefined,
): RecordByKind[K] | null | undefined {
  const answer = useLiveQuery(
    async () => ({ id, record: id ? ((await getStoredRecord(kind, id)) ?? null) : null }),
    [kind, id],
  );
  return answer && answer.id === id ? answer.record : undefined;
}
