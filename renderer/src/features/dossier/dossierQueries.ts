import Dexie from 'dexie';
import { db } from '../../db/database';
import { fromRow, type StoredRow } from '../../db/rows';
import { readYearRows } from '../../db/statsQueries';
import type { Activity, Donation, Member } from '../../domain/records';

/** Everything one member's file shows: the member, their activities and their donations. */
export interface DossierRecords {
  member: Member | null;
  /** Live activities the member took part in or signed (as 领衔/联名), oldest first. */
  activities: Activity[];
  /** Live donations the member gave, oldest first. */
  donations: Donation[];
}

const byDate = (a: StoredRow, b: StoredRow) => (a._dateKey ?? 0) - (b._dateKey ?? 0);

/**
 * Reads one member's file off the indexes: activities off `*_memberDates`, the 提案 the member
 * signed (领衔 or 联名) off `*_signerIds`, donations off `*_memberIds`.
 */
export async function readDossier(memberId: string): Promise<DossierRecords> {
  const database = db();
  return database.transaction(
    'r',
    [database.members, database.activities, database.donations],
    async () => {
      // Asked all at once: the database answers one after another without waiting for the page.
      const [memberRow, participated, signed, donated] = await Promise.all([
        database.members.get(memberId),
        database.activities
          .where('_memberDates')
          .between([memberId, Dexie.minKey], [memberId, Dexie.maxKey])
          .toArray(),
        database.activities.where('_signerIds').equals(memberId).toArray(),
        database.donations.where('_memberIds').equals(memberId).toArray(),
      ]);
      const activities = [...new Map([...participated, ...signed].map((r) => [r.id, r])).values()];
      return {
        member: memberRow && !memberRow.deletedAt ? fromRow<'member'>(memberRow) : null,
        activities: activities
          .filter((r) => !r.deletedAt)
          .sort(byDate)
          .map((r) => fromRow<'activity'>(r)),
        donations: donated
          .filter((r) => !r.deletedAt)
          .sort(byDate)
          .map((r) => fromRow<'donation'>(r)),
      };
    },
  );
}

/** Everything needed to score every member in one year: live members, that year's records. */
export interface YearRecords {
  members: Member[];
  activities: Activity[];
  donations: Donation[];
}

/** Reads a year's live records, each copied without the row's derived fields (they may be saved). */
export async function readYear(year: number): Promise<YearRecords> {
  const rows = await readYearRows(year);
  return {
    members: rows.members.map((r) => fromRow<'member'>(r)),
    activities: rows.activities.map((r) => fromRow<'activity'>(r)),
    donations: rows.donations.map((r) => fromRow<'donation'>(r)),
  };
}
