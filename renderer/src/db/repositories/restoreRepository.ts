import {
  batchAuditEntry,
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  type RecordKind,
} from '../../domain/records';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import { historyOf, nextHistory } from '../../domain/revisionHistory';
import type { BundleRow, RowsByKind } from '../../domain/transfer/bundleFormat';
import { db } from '../database';
import { currentOperator } from '../operatorContext';
import { fromRow, toRow, type StoredRow } from '../rows';
import { publishSearchChange } from '../searchChanges';
import { changeTables } from './recordRepository';
import { rebuildSearchDocs } from './searchIndexRepository';

/** What a restore changed, per kind. */
export type RestoreCounts = Partial<Record<RecordKind, number>>;

/**
 * 恢复备份: makes every kind's records what `rows` (a whole-database backup) holds, in ONE
 * transaction. A record the backup holds at another version is written back as a NEW revision
 * with the backup's fields, and one created since the backup becomes a tombstone: so a later
 * 交接包 merge sees the restore as a change made here, never as old data to overwrite, and undo
 * steps over the replaced versions are refused by their revision. Records the backup holds at the
 * same version are left alone; drafts are kept. Returns how many records changed, per kind.
 */
export async function restoreRecords(rows: RowsByKind, label: string): Promise<RestoreCounts> {
  const database = db();
  const changed: RestoreCounts = {};
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  await database.transaction('rw', [...changeTables(database), database.meta], async () => {
    const now = new Date().toISOString();
    const operator = currentOperator();
    for (const kind of RECORD_KINDS) {
      const table = database.tableOf(kind);
      const current = new Map((await table.toArray()).map((row) => [row.id, row]));
      const writes: StoredRow[] = [];
      for (const wanted of (rows[kind] ?? []) as BundleRow[]) {
        const existing = current.get(wanted.id);
        current.delete(wanted.id);
        const next = restoredRow(kind, wanted, existing, now);
        if (next) writes.push(next);
      }
      // Created after the backup was taken: gone once it is restored.
      for (const existing of current.values()) {
        if (existing.deletedAt) continue;
        const record = fromRow(existing) as unknown as Record<string, unknown>;
        const rev = existing.rev + 1;
        writes.push({
          ...toRow(kind, { ...record, rev, updatedAt: now, deletedAt: now } as never),
          _revs: nextHistory(rev, existing),
        });
      }
      if (writes.length === 0) continue;
      await table.bulkPut(writes);
      changed[kind] = writes.length;
      await database.audit.add(
        batchAuditEntry({
          at: now,
          operator,
          action: 'update',
          kind,
          recordIds: writes.map((row) => row.id),
          summary: `恢复备份（${label}）：${RECORD_KIND_LABELS[kind]} ${writes.length} 条`,
          after: null,
        }),
      );
    }
    // Search keys and live counts, made again from the restored rows.
    await rebuildSearchDocs();
  });
  publishSearchChange({ type: 'reload' });
  return changed;
}

/** The row to write for one record of the backup; null when it is already at that version. */
function restoredRow(
  kind: RecordKind,
  wanted: BundleRow,
  existing: StoredRow | undefined,
  now: string,
): StoredRow | null {
  const { _revs, ...record } = wanted;
  if (!existing) return { ...toRow(kind, record as never), ...(_revs ? { _revs } : {}) };
  if (historyOf(existing)[0] === historyOf(wanted)[0]) return null;
  const rev = Math.max(existing.rev, wanted.rev) + 1;
  return {
    ...toRow(kind, { ...record, rev, updatedAt: now } as never),
    _revs: nextHistory(rev, existing),
  };
}
