import type { Table } from 'dexie';
import type { RecordKind } from '../domain/records/recordBase';
import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';
import type { StoredRow } from './rows';
import { RECORD_TABLES } from './tableNames';

/**
 * How many live records of a kind there are: one read of the count every write keeps (schema v3),
 * so 总览 and the lists' totals do not read 20,000 records to count them.
 */
export async function countRecords(kind: RecordKind): Promise<number> {
  const database = db();
  const kept = await database.recordCounts.get(kind);
  return kept?.live ?? countByReading(database.tableOf(kind));
}

/** Every kind's live count, in one read. */
export async function countAllRecords(): Promise<Record<RecordKind, number>> {
  const database = db();
  const kept = new Map((await database.recordCounts.toArray()).map((c) => [c.kind, c.live]));
  const counts = {} as Record<RecordKind, number>;
  for (const [kind] of RECORD_TABLES) {
    counts[kind] = kept.get(kind) ?? (await countByReading(database.tableOf(kind)));
  }
  return counts;
}

/** Counts by reading the table's keys: what the kept count must always equal. */
export async function countByReading(table: Table<StoredRow, string>): Promise<number> {
  // Only deleted rows have a `deletedAt` key: two key counts, no record read.
  const [all, deleted] = await Promise.all([
    table.count(),
    table.where('deletedAt').above('').count(),
  ]);
  return all - deleted;
}

/** Inside the caller's write transaction: `delta` more (or fewer) live records of a kind. */
export async function adjustCount(
  database: DutyLedgerDb,
  kind: RecordKind,
  delta: number,
): Promise<void> {
  if (delta === 0) return;
  const kept = await database.recordCounts.get(kind);
  const live = kept ? kept.live + delta : await countByReading(database.tableOf(kind));
  await database.recordCounts.put({ kind, live });
}

/** Inside the caller's write transaction: counts a kind again from its rows (after bulk removal). */
export async function recount(database: DutyLedgerDb, kind: RecordKind): Promise<void> {
  await database.recordCounts.put({ kind, live: await countByReading(database.tableOf(kind)) });
}
