import type { BatchChange, DutyLedgerDb, UndoStep } from '../DutyLedgerDb';

/** How many steps 撤销 keeps; older ones are forgotten. */
export const UNDO_LIMIT = 50;

/**
 * The revision a step expects to find: the one its change (or its last undo or redo) left. Steps
 * written before this was stored carry it in `after.rev` while they are on the undo stack.
 */
export function expectedRevOf(step: UndoStep): number | undefined {
  if (step.leftRev !== undefined) return step.leftRev;
  if (step.stack === 'undo') return step.after?.rev as number | undefined;
  return undefined;
}

/** Files a new change's step: the redo stack is forgotten, and the undo stack kept to its limit. */
export async function pushUndoStep(database: DutyLedgerDb, step: UndoStep): Promise<void> {
  await database.undo.where('stack').equals('redo').delete();
  await database.undo.add(step);
  await trimUndoStack(database);
}

/**
 * Files a batch of changes (a 批量修改, a 交接包 import) as ONE step that 撤销 and 重做 move as a
 * whole, each record expected at the revision the batch left it. `changes` must not be empty.
 */
export async function pushBatchChangesStep(
  database: DutyLedgerDb,
  summary: string,
  auditId: string,
  changes: BatchChange[],
): Promise<void> {
  await pushUndoStep(database, {
    stack: 'undo',
    auditId,
    kind: changes[0]!.kind,
    recordId: changes[0]!.id,
    summary,
    before: null,
    after: null,
    batch: {
      recordIds: changes.map((change) => change.id),
      leftRevs: Object.fromEntries(changes.map((c) => [c.id, c.after.rev as number])),
      changes,
    },
  });
}

/** Drops the oldest undo steps beyond UNDO_LIMIT. */
export async function trimUndoStack(database: DutyLedgerDb): Promise<void> {
  const keys = await database.undo.where('stack').equals('undo').primaryKeys();
  const excess = keys.length - UNDO_LIMIT;
  if (excess > 0) await database.undo.bulkDelete(keys.slice(0, excess));
}

/**
 * After an undo (or redo) wrote revision `rev` of a record, the next step of the same stack for
 * that record starts from it: the record is back in the state that step left, under a new number.
 */
export async function handOnRev(
  database: DutyLedgerDb,
  stack: UndoStep['stack'],
  recordId: string,
  rev: number,
): Promise<void> {
  await handOnRevs(database, stack, { [recordId]: rev });
}

/**
 * {@link handOnRev} for many records at once (a batch step): one read of the stack, and a batch
 * step below learns the new revision of each of its records that was written.
 */
export async function handOnRevs(
  database: DutyLedgerDb,
  stack: UndoStep['stack'],
  revs: Readonly<Record<string, number>>,
): Promise<void> {
  const steps = await database.undo.where('stack').equals(stack).toArray();
  const changed = new Map<number, UndoStep>();
  for (const [recordId, rev] of Object.entries(revs)) {
    const below = steps.findLast((step) => touches(step, recordId));
    if (below?.seq === undefined) continue;
    const step = changed.get(below.seq) ?? copyOf(below);
    if (step.batch) step.batch.leftRevs[recordId] = rev;
    else step.leftRev = rev;
    changed.set(below.seq, step);
  }
  if (changed.size > 0) await database.undo.bulkPut([...changed.values()]);
}

/** Whether a step changes this record: its own, or one of its batch. */
function touches(step: UndoStep, recordId: string): boolean {
  return step.batch ? Object.hasOwn(step.batch.leftRevs, recordId) : step.recordId === recordId;
}

function copyOf(step: UndoStep): UndoStep {
  if (!step.batch) return { ...step };
  return { ...step, batch: { ...step.batch, leftRevs: { ...step.batch.leftRevs } } };
}
