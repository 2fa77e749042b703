import type { RecordByKind, RecordKind } from '../domain/records';
import type { VersionedRecord } from '../domain/transfer/incomingVersion';
import { db } from './database';
import { fromRow } from './rows';

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
  const rows = await db()
    .tableOf(kind)
    .bulkGet([...ids]);
  const out = new Map<string, VersionedRecord>();
  for (const row of rows) {
    if (!row) continue;
    const record = fromRow(row) as unknown as VersionedRecord;
    out.set(row.id, row._revs === undefined ? record : { ...record, _revs: row._revs });
  }
  return out;
}
