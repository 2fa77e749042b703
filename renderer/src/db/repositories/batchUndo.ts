import {
  batchAuditEntry,
  RECORD_KIND_LABELS,
  transitionAction,
  validateRecord,
  type AuditEntry,
  type RecordKind,
  type RecordSnapshot,
} from '../../domain/records';
import { recordTitle } from '../../domain/recordSearchInput';
import type { BatchChange, DutyLedgerDb, UndoStep } from '../DutyLedgerDb';
import { currentOperator } from '../operatorContext';
import { fromRow, type StoredRow } from '../rows';
import { removeRecordStates, writeRecordState, writeRecordStates } from './recordRepository';
import { handOnRevs, trimUndoStack } from './undoStack';

/** What moving a step did: its message, or why it was refused (the step is gone either way). */
export type StepOutcome = { done: string } | { refused: string };

type BatchStep = UndoStep & { seq: number; batch: NonNullable<UndoStep['batch']> };

/**
 * 撤销 or 重做 a batch step inside the caller's transaction. A batch of changes writes back every
 * record's `before` (undo) or `after` (redo); a paste turns every record it created into a
 * tombstone and back. Each record gets a new revision. If any record is no longer at the revision
 * the step left it, or a snapshot no longer fits today's schema, nothing is written.
 */
export async function moveBatchStep(
  database: DutyLedgerDb,
  step: BatchStep,
  from: UndoStep['stack'],
  to: UndoStep['stack'],
): Promise<StepOutcome> {
  const verb = from === 'undo' ? '撤销' : '重做';
  const { recordIds, leftRevs } = step.batch;
  const changes = step.batch.changes ?? pastedChanges(step);
  const rows = await rowsNow(database, changes);
  const current = rows.map((row) =>
    row ? (fromRow<RecordKind>(row) as unknown as RecordSnapshot) : null,
  );
  const refusal = whyNot(changes, current, leftRevs, verb, from);
  if (refusal) {
    await database.undo.delete(step.seq);
    return { refused: refusal };
  }

  const now = new Date().toISOString();
  const revs: Record<string, number> = {};
  const entries: AuditEntry[] = [];
  // A 交接包 import's step (every change carries histories) is written in bulk, kind by kind.
  const putBacks = changes.some((change) => change.histories)
    ? await putBackAll(database, changes, rows, current, from, now)
    : null;
  for (const [i, change] of changes.entries()) {
    const before = current[i] ?? null;
    const moved = putBacks?.[i];
    if (moved) {
      revs[change.id] = moved.rev;
      if (before) entries.push(logEntry(change, `${verb}：${step.summary}`, before, moved.logged));
      continue;
    }
    const next = nextState(change, before!, from, now);
    await writeRecordState(database, change.kind, next as never);
    revs[change.id] = next.rev as number;
    if (step.batch.changes)
      entries.push(logEntry(change, `${verb}：${step.summary}`, before!, next));
  }
  if (step.batch.changes) await database.audit.bulkAdd(entries);
  else {
    // A paste was logged as one entry; so are its undo and redo.
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
  }
  await database.undo.delete(step.seq);
  await database.undo.add({
    ...step,
    seq: undefined,
    stack: to,
    batch: { ...step.batch, leftRevs: revs },
  } as UndoStep);
  await handOnRevs(database, from, revs);
  if (to === 'undo') await trimUndoStack(database);
  return { done: `已${verb}：${step.summary}` };
}

/** A paste's records as changes: created (nothing before), each as it is now after. */
function pastedChanges(step: BatchStep): BatchChange[] {
  return step.batch.recordIds.map((id) => ({ kind: step.kind, id, before: null, after: {} }));
}

/** Why the batch may not move, naming the first record that stops it; null when it may. */
function whyNot(
  changes: readonly BatchChange[],
  current: readonly (RecordSnapshot | null)[],
  leftRevs: Readonly<Record<string, number>>,
  verb: string,
  from: UndoStep['stack'],
): string | null {
  const tail = `这一步已移出${verb}列表`;
  const named = (i: number) => {
    const change = changes[i]!;
    const record = current[i] ?? change.after;
    return `${RECORD_KIND_LABELS[change.kind]}“${titleOf(change.kind, record)}”`;
  };
  // A record an undone import had brought is gone: revision 0.
  const moved = changes.findIndex((change, i) => (current[i]?.rev ?? 0) !== leftRevs[change.id]);
  if (moved >= 0) {
    return `${named(moved)}在此之后又被修改，不能${verb}这一批 ${changes.length} 条；${tail}`;
  }
  const outdated = changes.findIndex((change) => {
    const target = from === 'undo' ? change.before : change.after;
    return (
      Boolean(target && Object.keys(target).length > 0) && !validateRecord(change.kind, target).ok
    );
  });
  if (outdated >= 0) {
    return `${named(outdated)}的这一步保存于旧版本，数据格式已变，不能${verb}；${tail}`;
  }
  return null;
}

/**
 * The state a record moves to: its snapshot under a new revision; a tombstone where the record
 * did not exist before (undo of a create); for a paste, the record itself, deleted or restored.
 */
function nextState(
  change: BatchChange,
  current: RecordSnapshot,
  from: UndoStep['stack'],
  now: string,
): RecordSnapshot {
  const rev = (current.rev as number) + 1;
  const target = from === 'undo' ? change.before : change.after;
  if (target && Object.keys(target).length > 0) {
    const deletedAt = target.deletedAt ? now : null;
    return { ...target, rev, updatedAt: now, deletedAt };
  }
  return { ...current, rev, updatedAt: now, deletedAt: from === 'undo' ? now : null };
}

/** The stored rows of the changed records, in the changes' order: one read per kind. */
async function rowsNow(
  database: DutyLedgerDb,
  changes: readonly BatchChange[],
): Promise<(StoredRow | undefined)[]> {
  const found = new Map<string, StoredRow>();
  for (const kind of new Set(changes.map((change) => change.kind))) {
    const ids = changes.filter((change) => change.kind === kind).map((change) => change.id);
    for (const row of await database.tableOf(kind).bulkGet(ids)) {
      if (row) found.set(`${kind}:${row.id}`, row);
    }
  }
  return changes.map((change) => found.get(`${change.kind}:${change.id}`));
}

/**
 * 撤销 or 重做 of a 交接包 import: every record's fields and version history as they were on
 * that side (a record the import created is removed on 撤销), each under a new revision, written
 * with one bulk write (and one bulk removal) per kind. Returns, per change (undefined for one
 * without histories), its revision (0: removed) and the state to log.
 */
async function putBackAll(
  database: DutyLedgerDb,
  changes: readonly BatchChange[],
  rows: readonly (StoredRow | undefined)[],
  current: readonly (RecordSnapshot | null)[],
  from: UndoStep['stack'],
  now: string,
): Promise<({ rev: number; logged: RecordSnapshot } | undefined)[]> {
  type Write = { record: RecordSnapshot; history: string[]; row: StoredRow | undefined };
  const writes = new Map<RecordKind, Write[]>();
  const removals = new Map<RecordKind, { id: string; row: StoredRow | undefined }[]>();
  const moved = changes.map((change, i) => {
    if (!change.histories) return undefined;
    const before = current[i] ?? null;
    const target = from === 'undo' ? change.before : change.after;
    const history = from === 'undo' ? change.histories.before : change.histories.after;
    const rev = before ? (before.rev as number) + 1 : (change.after.rev as number);
    if (!target || !history) {
      const list = removals.get(change.kind) ?? [];
      list.push({ id: change.id, row: rows[i] });
      removals.set(change.kind, list);
      return { rev: 0, logged: { ...before!, rev, updatedAt: now, deletedAt: now } };
    }
    const next = { ...target, rev, updatedAt: now };
    const list = writes.get(change.kind) ?? [];
    list.push({ record: next, history, row: rows[i] });
    writes.set(change.kind, list);
    return { rev, logged: next };
  });
  for (const [kind, list] of removals) {
    await removeRecordStates(
      database,
      kind,
      list.map((item) => item.id),
      list.map((item) => item.row),
    );
  }
  for (const [kind, list] of writes) {
    await writeRecordStates(
      database,
      kind,
      list.map(({ record, history }) => ({ record: record as never, history })),
      list.map((item) => item.row),
    );
  }
  return moved;
}

function logEntry(
  change: BatchChange,
  summary: string,
  before: RecordSnapshot,
  after: RecordSnapshot,
): AuditEntry {
  return {
    id: crypto.randomUUID(),
    at: after.updatedAt as string,
    operator: currentOperator(),
    action: transitionAction(before, after),
    kind: change.kind,
    recordId: change.id,
    summary,
    before,
    after,
  };
}

function titleOf(kind: RecordKind, record: RecordSnapshot): string {
  try {
    return recordTitle(kind, record as never);
  } catch {
    return '';
  }
}
