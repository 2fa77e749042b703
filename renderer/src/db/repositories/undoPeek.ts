import { db } from '../database';
import type { UndoStep } from '../DutyLedgerDb';

/**
 * The next step of one stack, for the 撤销 / 重做 buttons. Kept apart from undoRepository so the
 * header can show it without loading the record schemas at start-up.
 */
export async function peekStep(stack: 'undo' | 'redo'): Promise<UndoStep | undefined> {
  return db().undo.where('stack').equals(stack).last();
}
