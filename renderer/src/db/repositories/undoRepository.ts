import { RECORD_KIND_LABELS, type AuditEntry, type RecordKind } from '../../domain/records';
import { db } from '../database';
import type { DutyLedgerDb, UndoStep } from '../DutyLedgerDb';
import { currentOperator } from '../operatorContext';
import { fromRow } from '../rows';
import { changeTables, writeRecordState } from './recordRepository';

type Snapshot = Record<string, unknown>;

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

/**
 * Takes the newest step of one stack, writes the record state it leads to as a new revision
 * (so a merge sees the change), logs it, and files the step on the other stack.
 */
async function move(from: 'undo' | 'redo', to: 'undo' | 'redo'): Promise<string | null> {
  const database = db();
  return database.transaction('rw', changeTables(database), async () => {
    const step = await database.undo.where('stack').equals(from).last();
    if (!step || step.seq === undefined) return null;
    const target = from === 'undo' ? step.before : step.after;
    const row = await database.tableOf(step.kind).get(step.recordId);
    const now = new Date().toISOString();
    const current = row ? (fromRow<RecordKind>(row) as unknown as Snapshot) : null;
    const next = nextState(target, current, step, now);
    await writeRecordState(database, step.kind, next as never);
    const verb = from === 'undo' ? '撤销' : '重做';
    await database.audit.add(logEntry(step, `${verb}：${step.summary}`, current, next, now));
    await database.undo.delete(step.seq);
    await database.undo.add({ ...step, seq: undefined, stack: to } as UndoStep);
    if (to === 'undo') await trim(database);
    return `已${verb}：${step.summary}`;
  });
}

/** The state to write: the snapshot with a fresh revision, or a tombstone when it did not exist. */
function nextState(
  target: Snapshot | null,
  current: Snapshot | null,
  step: UndoStep,
  now: string,
): Snapshot {
  const rev = ((current?.rev as number | undefined) ?? 0) + 1;
  if (target) return { ...target, rev, updatedAt: now };
  // Undoing a create: the record becomes a tombstone rather than vanishing, for merges.
  const base = current ?? step.after ?? {};
  return { ...base, rev, updatedAt: now, deletedAt: now };
}

function logEntry(
  step: UndoStep,
  summary: string,
  before: Snapshot | null,
  after: Snapshot,
  at: string,
): AuditEntry {
  return {
    id: crypto.randomUUID(),
    at,
    operator: currentOperator(),
    action: 'update',
    kind: step.kind,
    recordId: step.recordId,
    summary,
    before,
    after,
  };
}

async function trim(database: DutyLedgerDb): Promise<void> {
  const keys = await database.undo.where('stack').equals('undo').primaryKeys();
  if (keys.length > 50) await database.undo.bulkDelete(keys.slice(0, keys.length - 50));
}

export { RECORD_KIND_LABELS };
