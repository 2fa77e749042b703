import {
  batchAuditEntry,
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  validateRecord,
  type AuditEntry,
  type RecordKind,
  type RecordSnapshot,
} from '../../domain/records';
import { recordTitle } from '../../domain/recordSearchInput';
import type { ImportWrite } from '../../domain/transfer/importPlan';
import { db } from '../database';
import type { BatchChange } from '../DutyLedgerDb';
import { currentOperator } from '../operatorContext';
import { fromRow } from '../rows';
import { BatchStaleError } from './batchChange';
import { RecordValidationError } from './recordErrors';
import { changeTables, writeRecordState } from './recordRepository';
import { pushBatchChangesStep } from './undoStack';

/**
 * Applies a 交接包 import in ONE transaction, as ONE undo step (撤销 takes the whole import
 * back): every record is stored as planned with the version history it came with. A record
 * changed here since the preview read it refuses the whole import (BatchStaleError), a record
 * that does not fit today's schema refuses it too; either way nothing is written. Logged as one
 * 导入 entry per kind under the 经办人. Returns how many records were written.
 */
export async function applyImport(
  summary: string,
  writes: readonly ImportWrite[],
): Promise<number> {
  if (writes.length === 0) return 0;
  const stored = writes.map((write) => {
    const { _revs: history, ...record } = write.record;
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
  await database.transaction('rw', changeTables(database), async () => {
    const stale: string[] = [];
    const changes: BatchChange[] = [];
    for (const { write, record } of stored) {
      const row = await database.tableOf(write.kind).get(write.id);
      const before = row ? (fromRow<RecordKind>(row) as unknown as RecordSnapshot) : null;
      if (write.baseRev === null ? before !== null : before?.rev !== write.baseRev) {
        stale.push(`${RECORD_KIND_LABELS[write.kind]}“${titleOf(write.kind, record)}”`);
        continue;
      }
      changes.push({ kind: write.kind, id: write.id, before, after: record });
    }
    if (stale.length > 0) throw new BatchStaleError(stale);

    for (const [i, change] of changes.entries()) {
      await writeRecordState(database, change.kind, change.after as never, stored[i]!.history);
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
