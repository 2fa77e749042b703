import type { Table } from 'dexie';
import type { RecordByKind, RecordKind } from '../domain/records';
import type { VersionedRecord } from '../domain/transfer/incomingVersion';
import { db } from './database';
import { fromRow, type StoredRow } from './rows';

/** Below this many ids a plain bulkGet is cheaper than reading the table's keys first. */
const FEW_IDS = 1_000;

/** The 专项 an export may be limited to, by name. */
export async function campaignChoices(): Promise<{ id: string; name: string }[]> {
  const rows = await db().campaigns.toArray();
  return rows
    .filter((row) => !row.deletedAt)
    .map((row) => ({ id: row.id, name: (row as RecordByKind['campaign']).name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * This install's versions of the records with these ids (tombstones too), with their histories:
 * what an import preview compares a bundle's records with.
 */
export async function localVersions(
  kind: RecordKind,
  ids: readonly string[],
): Promise<Map<string, VersionedRecord>> {
  const rows = await storedRowsOf(db().tableOf(kind), ids);
  const out = new Map<string, VersionedRecord>();
  for (const row of rows) {
    if (!row) continue;
    const record = fromRow(row) as unknown as VersionedRecord;
    out.set(row.id, row._revs === undefined ? record : { ...record, _revs: row._revs });
  }
  return out;
}

/**
 * The stored rows of these ids, in their order (undefined where the table has none). For many ids
 * the table's keys are read first (one request) and only the rows it holds are fetched: an import
 * of new records, into an empty database above all, then asks for no row one at a time.
 */
export async function storedRowsOf(
  table: Table<StoredRow, string>,
  ids: readonly string[],
): Promise<(StoredRow | undefined)[]> {
  if (ids.length < FEW_IDS) return table.bulkGet([...ids]);
  const held = new Set(await table.toCollection().primaryKeys());
  const present = ids.filter((id) => held.has(id));
  if (present.length === 0) return ids.map(() => undefined);
  const byId = new Map<string, StoredRow>();
  for (const row of await table.bulkGet(present)) if (row) byId.set(row.id, row);
  return ids.map((id) => byId.get(id));
}
