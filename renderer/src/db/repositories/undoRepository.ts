import {
  RECORD_KIND_LABELS,
  transitionAction,
  validateRecord,
  type AuditEntry,
  type RecordKind,
  type RecordSnapshot,
} from '../../domain/records';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import { recordTitle } from '../../domain/recordSearchInput';
import { db } from '../database';
import type { UndoStep } from '../DutyLedgerDb';
import { currentOperator } from '../operatorContext';
import { fromRow } from '../rows';
import { moveBatchStep } from './batchUndo';
import { changeTables, writeRecordState } from './recordRepository';
import { expectedRevOf, handOnRev, trimUndoStack } from './undoStack';

/**
 * A step that cannot apply: its record changed since (an edit elsewhere, an import), or what it
 * kept no longer fits today's schema. Nothing was written; the step has left its stack, since it
 * could never apply again and would block every step below it.
 */
export class UndoRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndoRefusedError';
  }
}

/** 撤销 the last change: puts the record back as it was. Returns what was undone, or null. */
export async function undo(): Promise<string | null> {
  return move('undo', 'redo');
}

/** 重做 the last undone change. */
export async function redo(): Promise<string | null> {
  return move('redo', 'undo');
}

/** The step 撤销 (or 重做) would take next, for the buttons' tooltips. */
export { peekStep } from './undoPeek';

type Outcome = { done: string } | { refused: string } | null;

/**
 * Takes the newest step of one stack and, if the record is still at the revision that step left,
 * writes the state it leads to as a new revision (so a merge sees the change), logs it with the
 * action it really is, and files the step on the other stack.
 */
async function move(from: 'undo' | 'redo', to: 'undo' | 'redo'): Promise<string | null> {
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  const outcome: Outcome = await database.transaction('rw', changeTables(database), async () => {
    const step = await database.undo.where('stack').equals(from).last();
    if (!step || step.seq === undefined) return null;
    if (step.batch) {
      // A paste: its records go and come back together.
      return moveBatchStep(database, { ...step, seq: step.seq, batch: step.batch }, from, to);
    }
    const verb = from === 'undo' ? '撤销' : '重做';
    const row = await database.tableOf(step.kind).get(step.recordId);
    const current = row ? (fromRow<RecordKind>(row) as unknown as RecordSnapshot) : null;
    const refusal = whyNot(step, current, verb);
    if (refusal) {
      await database.undo.delete(step.seq);
      return { refused: refusal };
    }
    const now = new Date().toISOString();
    const next = nextState(from === 'undo' ? step.before : step.after, current, step, now);
    const rev = next.rev as number;
    await writeRecordState(database, step.kind, next as never);
    await database.audit.add(logEntry(step, `${verb}：${step.summary}`, current, next, now));
    await database.undo.delete(step.seq);
    await database.undo.add({ ...step, seq: undefined, stack: to, leftRev: rev } as UndoStep);
    await handOnRev(database, from, step.recordId, rev);
    if (to === 'undo') await trimUndoStack(database);
    return { done: `已${verb}：${step.summary}` };
  });
  if (outcome && 'refused' in outcome) throw new UndoRefusedError(outcome.refused);
  return outcome?.done ?? null;
}

/** Why a step may not apply to the record as it is now, or null when it may. */
function whyNot(step: UndoStep, current: RecordSnapshot | null, verb: string): string | null {
  const label = RECORD_KIND_LABELS[step.kind];
  const named = `${label}“${titleOf(step, current)}”`;
  if (!current || current.rev !== expectedRevOf(step)) {
    return `${named}在此之后又被修改，不能${verb}这一步；这一步已移出${verb}列表`;
  }
  const target = verb === '撤销' ? step.before : step.after;
  if (target && !validateRecord(step.kind, target).ok) {
    return `${named}的这一步保存于旧版本，数据格式已变，不能${verb}；这一步已移出${verb}列表`;
  }
  return null;
}

function titleOf(step: UndoStep, current: RecordSnapshot | null): string {
  const record = current ?? step.after ?? step.before;
  if (!record) return '';
  try {
    return recordTitle(step.kind, record as never);
  } catch {
    return '';
  }
}

/** The state to write: the snapshot with a fresh revision, or a tombstone when it did not exist. */
function nextState(
  target: RecordSnapshot | null,
  current: RecordSnapshot | null,
  step: UndoStep,
  now: string,
): RecordSnapshot {
  const rev = ((current?.rev as number | undefined) ?? 0) + 1;
  if (target) return { ...target, rev, updatedAt: now };
  // Undoing a create: the record becomes a tombstone rather than vanishing, for merges.
  const base = current ?? step.after ?? {};
  return { ...base, rev, updatedAt: now, deletedAt: now };
}

function logEntry(
  step: UndoStep,
  summary: string,
  before: RecordSnapshot | null,
  after: RecordSnapshot,
  at: string,
): AuditEntry {
  return {
    id: crypto.randomUUID(),
    at,
    operator: currentOperator(),
    action: transitionAction(before, after),
    kind: step.kind,
    recordId: step.recordId,
    summary,
    before,
    after,
  };
}
