import {
  activityWithMemberMoved,
  donationWithMemberMoved,
  mergedMember,
  studioWithMemberMoved,
  type MergeField,
  type MergeSide,
} from '../../domain/mergeMembers';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import type { Member } from '../../domain/records';
import { db } from '../database';
import { memberReferences } from '../references';
import { applyRecordChanges, type PlannedChange } from './batchChange';
import { changeTables } from './recordRepository';

/** What a merge moved, for the message after it. */
export interface MergeOutcome {
  summary: string;
  activities: number;
  donations: number;
  studios: number;
}

/**
 * 合并委员: in ONE transaction, every activity, donation and studio naming `other` is moved to
 * `kept`, `kept` takes the chosen fields, and `other` becomes a tombstone — logged record by record
 * and undone as one step. Both members are saved against the revisions the dialog read (a member
 * changed since refuses the whole merge, BatchStaleError); the records naming `other` are read in
 * the same transaction, so none is missed or overwritten.
 */
export async function mergeMembers(
  kept: Member,
  other: Member,
  choices: Readonly<Record<MergeField, MergeSide>>,
): Promise<MergeOutcome> {
  if (kept.id === other.id) throw new Error('请选择两位不同的委员');
  const summary = `合并委员“${other.name}”到“${kept.name}”`;
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  return database.transaction('rw', changeTables(database), async () => {
    const found = await memberReferences(database, other.id);
    const changes: PlannedChange[] = [
      { kind: 'member', id: kept.id, baseRev: kept.rev, after: mergedMember(kept, other, choices) },
    ];
    const move = <T extends { id: string; rev: number }>(
      kind: PlannedChange['kind'],
      records: readonly T[],
      moved: (record: T) => T | null,
    ) => {
      let count = 0;
      for (const record of records) {
        const after = moved(record);
        if (!after) continue;
        changes.push({ kind, id: record.id, baseRev: record.rev, after });
        count += 1;
      }
      return count;
    };
    const activities = move('activity', found.activity, (a) =>
      activityWithMemberMoved(a, other.id, kept.id),
    );
    const donations = move('donation', found.donation, (d) =>
      donationWithMemberMoved(d, other.id, kept.id),
    );
    const studios = move('studio', found.studio, (s) =>
      studioWithMemberMoved(s, other.id, kept.id),
    );
    changes.push({ kind: 'member', id: other.id, baseRev: other.rev, after: 'delete' });
    await applyRecordChanges(summary, changes);
    return { summary, activities, donations, studios };
  });
}
