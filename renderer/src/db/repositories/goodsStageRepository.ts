import {
  currentStage,
  stagesAfterMove,
  type StageMove,
} from '../../domain/donations/goodsPipeline';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import { donationDonors } from '../../domain/donations/donationDonors';
import { RECORD_KIND_LABELS, type Donation } from '../../domain/records';
import { db } from '../database';
import { donorMemberNames } from '../donorMemberNames';
import { fromRow } from '../rows';
import { RecordNotFoundError, StaleRecordError } from './recordErrors';
import { auditEntryFor, changeTables, parseInput, writeRecordState } from './recordRepository';
import { pushUndoStep } from './undoStack';

/** A move the pipeline's rules refuse (back, a date too early, no 经办人); nothing was written. */
export class StageMoveRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StageMoveRefusedError';
  }
}

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'rev', 'deletedAt', 'sample'] as const;

/**
 * 物资流转: moves goods to a later stage, recording its date, 经办人 and 说明 in the donation's
 * stage history. Saved against the revision the board showed (StaleRecordError when the donation
 * changed since); one transaction writes the record, its audit entry and one undo step, so that
 * 撤销 puts the goods back where they were.
 */
export async function moveGoodsStage(
  id: string,
  expectedRev: number,
  move: StageMove,
): Promise<Donation> {
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  return database.transaction('rw', changeTables(database), async () => {
    const row = await database.donations.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(RECORD_KIND_LABELS.donation);
    const before = fromRow<'donation'>(row);
    if (before.rev !== expectedRev) {
      throw new StaleRecordError(RECORD_KIND_LABELS.donation, before as Record<string, unknown>);
    }
    const moved = stagesAfterMove(before, move);
    if (!moved.ok) throw new StageMoveRefusedError(moved.message);
    const input: Record<string, unknown> = { ...before, stages: moved.stages };
    for (const key of BOOKKEEPING) delete input[key];
    const after = {
      ...parseInput('donation', input),
      id,
      createdAt: before.createdAt,
      updatedAt: new Date().toISOString(),
      rev: before.rev + 1,
      deletedAt: null,
      ...(before.sample ? { sample: true } : {}),
    } as Donation;
    const from = currentStage(before);
    const memberName = await donorMemberNames(database, 'donation', [after]);
    const entry = auditEntryFor('donation', 'update', before, after);
    entry.summary = `物资流转：${donationDonors(after, memberName)}捐赠从“${from}”移到“${move.stage}”`;
    await writeRecordState(database, 'donation', after);
    await database.audit.add(entry);
    await pushUndoStep(database, {
      stack: 'undo',
      auditId: entry.id,
      kind: 'donation',
      recordId: id,
      summary: entry.summary,
      before: entry.before,
      after: entry.after,
      leftRev: after.rev,
    });
    return after;
  });
}
