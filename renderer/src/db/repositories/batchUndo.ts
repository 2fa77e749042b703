import { batchAuditEntry, RECORD_KIND_LABELS, type RecordKind } from '../../domain/records';
import { recordTitle } from '../../domain/recordSearchInput';
import type { DutyLedgerDb, UndoStep } from '../DutyLedgerDb';
import { currentOperator } from '../operatorContext';
import { fromRow } from '../rows';
import { writeRecordState } from './recordRepository';
import { handOnRevs, trimUndoStack } from './undoStack';

/** What moving a step did: its message, or why it was refused (the step is gone either way). */
export type StepOutcome = { done: string } | { refused: string };

/**
 * 撤销 or 重做 a batch step inside the caller's transaction: undo turns every record the batch
 * created into a tombstone, redo brings each back, each as a new revision, logged as one entry.
 * If any record is no longer at the revision the step left it, nothing is written.
 */
export async function moveBatchStep(
  database: DutyLedgerDb,
  step: UndoStep & { seq: number; batch: NonNullable<UndoStep['batch']> },
  from: UndoStep['stack'],
  to: UndoStep['stack'],
): Promise<StepOutcome> {
  const verb = from === 'undo' ? '撤销' : '重做';
  const { recordIds, leftRevs } = step.batch;
  const rows = await database.tableOf(step.kind).bulkGet(recordIds);
  const movedAt = rows.findIndex((row, i) => row?.rev !== leftRevs[recordIds[i] ?? '']);
  if (movedAt >= 0) {
    await database.undo.delete(step.seq);
    const row = rows[movedAt];
    const title = row ? recordTitle(step.kind, fromRow<RecordKind>(row) as never) : '';
    const named = `${RECORD_KIND_LABELS[step.kind]}“${title}”`;
    return {
      refused: `${named}在此之后又被修改，不能${verb}这一批 ${recordIds.length} 条；这一步已移出${verb}列表`,
    };
  }
  const now = new Date().toISOString();
  const revs: Record<string, number> = {};
  for (const row of rows) {
    if (!row) continue;
    const record = fromRow<RecordKind>(row);
    const next = { ...record, rev: record.rev + 1, updatedAt: now };
    next.deletedAt = from === 'undo' ? now : null;
    await writeRecordState(database, step.kind, next);
    revs[record.id] = next.rev;
  }
  await database.audit.add(
    batchAuditEntry({
      at: now,
      operator: currentOperator(),
      action: from === 'undo' ? 'delete' : 'restore',
      kind: step.kind,
      recordIds,
      summary: `${verb}：${step.summary}`,
      after: { count: recordIds.length },
    }),
  );
  await database.undo.delete(step.seq);
  await database.undo.add({
    ...step,
    seq: undefined,
    stack: to,
    batch: { recordIds, leftRevs: revs },
  } as UndoStep);
  await handOnRevs(database, from, revs);
  if (to === 'undo') await trimUndoStack(database);
  return { done: `已${verb}：${step.summary}` };
}
