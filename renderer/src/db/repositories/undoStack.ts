import type { DutyLedgerDb, UndoStep } from '../DutyLedgerDb';

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
  const below = await database.undo
    .where('stack')
    .equals(stack)
    .filter((step) => step.recordId === recordId)
    .last();
  if (below?.seq !== undefined) await database.undo.update(below.seq, { leftRev: rev });
}
