import type { RecordByKind, RecordKind } from '../domain/records';
import { db } from './database';
import { fromRow } from './rows';

/** Live records of one kind, newest date first for activities and donations, by name otherwise. */
export async function listRecords<K extends RecordKind>(
  kind: K,
  limit = 500,
): Promise<RecordByKind[K][]> {
  const table = db().tableOf(kind);
  const dated = kind === 'activity' || kind === 'donation';
  const collection = dated
    ? table.orderBy('_dateKey').reverse()
    : table.orderBy('updatedAt').reverse();
  const rows = await collection
    .filter((row) => !row.deletedAt)
    .limit(limit)
    .toArray();
  return rows.map((row) => fromRow<K>(row));
}

export async function countRecords(kind: RecordKind): Promise<number> {
  const table = db().tableOf(kind);
  // Only deleted rows have a `deletedAt` key: two index counts, no record read.
  const [all, deleted] = await Promise.all([
    table.count(),
    table.where('deletedAt').above('').count(),
  ]);
  return all - deleted;
}

/** Names of members by id, for showing references. */
export async function memberNames(): Promise<Map<string, string>> {
  const rows = await db().members.toArray();
  return new Map(rows.map((row) => [row.id, (row as RecordByKind['member']).name]));
}
