import {
  batchAuditEntry,
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  validateRecord,
  type AuditEntry,
  type RecordKind,
  type RecordSnapshot,
} from '../../domain/records';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import { recordTitle } from '../../domain/recordSearchInput';
import { historyOf, nextHistory } from '../../domain/revisionHistory';
import type { ImportWrite } from '../../domain/transfer/importPlan';
import { db } from '../database';
import type { BatchChange, DutyLedgerDb } from '../DutyLedgerDb';
import { currentOperator } from '../operatorContext';
import { fromRow, type StoredRow } from '../rows';
import { storedRowsOf } from '../transferQueries';
import { BatchStaleError } from './batchChange';
import { RecordValidationError } from './recordErrors';
import { changeTables, writeRecordStates } from './recordRepository';
import { pushBatchChangesStep } from './undoStack';

/**
 * Applies a 交接包 import in ONE transaction, as ONE undo step (撤销 takes the whole import
 * back): every record is stored as planned with the version history it came with. A record
 * changed here since the preview read it refuses the whole import (BatchStaleError), a record
 * that does not fit today's schema refuses it too (a bundle's row, `checked`, was held to it as
 * the bundle was read); either way nothing is written. Logged as one
 * 导入 entry per kind under the 经办人. `alsoWrite` writes what else the bundle brings into `meta`
 * (its 汇率 and rules) in the same transaction: if it fails, no record is written either, and
 * the other way round. Returns how many records were written.
 */
export async function applyImport(
  summary: string,
  writes: readonly ImportWrite[],
  alsoWrite?: (database: DutyLedgerDb) => Promise<void>,
): Promise<number> {
  if (writes.length === 0 && !alsoWrite) return 0;
  const stored = writes.map((write) => {
    const { _revs: history, ...record } = write.record;
    // A bundle's row was checked when the bundle was read (in its worker): not again, here on the
    // page's thread, for each of tens of thousands.
    if (write.checked) return { write, record: record as unknown as RecordSnapshot, history };
    const result = validateRecord(write.kind, record);
    if (!result.ok) {
      throw new RecordValidationError(
        result.issues.map((issue) => ({
          ...issue,
          message: `${RECORD_KIND_LABELS[write.kind]}“${write.id}”：${issue.message}`,
        })),
      );
    }
    return { write, record: result.value as unknown as RecordSnapshot, history };
  });
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  const tables = [...changeTables(database), ...(alsoWrite ? [database.meta] : [])];
  await database.transaction('rw', tables, async () => {
    await alsoWrite?.(database);
    if (stored.length === 0) return;
    const stale: string[] = [];
    const changes: BatchChange[] = [];
    // One read per kind of the rows the import replaces.
    const rowsNow = new Map<string, StoredRow>();
    for (const kind of RECORD_KINDS) {
      const ids = stored.filter(({ write }) => write.kind === kind).map(({ write }) => write.id);
      if (ids.length === 0) continue;
      for (const row of await storedRowsOf(database.tableOf(kind), ids)) {
        if (row) rowsNow.set(`${kind}:${row.id}`, row);
      }
    }
    for (const { write, record, history } of stored) {
      const row = rowsNow.get(`${write.kind}:${write.id}`);
      const before = row ? (fromRow<RecordKind>(row) as unknown as RecordSnapshot) : null;
      if (write.baseRev === null ? before !== null : before?.rev !== write.baseRev) {
        stale.push(`${RECORD_KIND_LABELS[write.kind]}“${titleOf(write.kind, record)}”`);
        continue;
      }
      // Both histories are kept with the step: 撤销 puts back the one this install had.
      const histories = {
        before: row ? historyOf(row) : null,
        after: history ?? nextHistory(record.rev as number, row),
      };
      changes.push({ kind: write.kind, id: write.id, before, after: record, histories });
    }
    if (stale.length > 0) throw new BatchStaleError(stale);

    for (const kind of RECORD_KINDS) {
      const ofKind = changes.filter((change) => change.kind === kind);
      await writeRecordStates(
        database,
        kind,
        ofKind.map((change) => ({
          record: change.after as never,
          history: change.histories!.after,
        })),
        ofKind.map((change) => rowsNow.get(`${kind}:${change.id}`)),
      );
    }
    const at = new Date().toISOString();
    const entries: AuditEntry[] = [];
    for (const kind of RECORD_KINDS) {
      const ofKind = changes.filter((change) => change.kind === kind);
      if (ofKind.length === 0) continue;
      entries.push(
        batchAuditEntry({
          at,
          operator: currentOperator(),
          action: 'import',
          kind,
          recordIds: ofKind.map((change) => change.id),
          summary: `${summary}：${RECORD_KIND_LABELS[kind]} ${ofKind.length} 条`,
          after: { count: ofKind.length },
        }),
      );
    }
    await database.audit.bulkAdd(entries);
    await pushBatchChangesStep(database, summary, entries[0]!.id, changes);
  });
  return writes.length;
}

function titleOf(kind: RecordKind, record: RecordSnapshot): string {
  try {
    return recordTitle(kind, record as never);
  } catch {
    return String(record.id);
  }
}
