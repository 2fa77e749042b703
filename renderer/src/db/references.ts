import Dexie from 'dexie';
import {
  isReferencedKind,
  referringTitle,
  type ReferencedKind,
  type ReferringGroup,
} from '../domain/references';
import type { RecordByKind, RecordKind } from '../domain/records';
import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';
import { fromRow, type StoredRow } from './rows';

/** How many titles of each group the confirmation lists. */
export const REFERENCE_EXAMPLES = 5;

/**
 * The live records that point to a record, by kind, each group with its count and its first few
 * titles (newest first for activities and donations, by name otherwise). Only kinds with at least
 * one such record are returned; activities and donations are pointed to by nothing. Reads only:
 * one read transaction, so the counts agree with each other.
 */
export async function findReferences(
  kind: RecordKind,
  id: string,
  examples = REFERENCE_EXAMPLES,
): Promise<ReferringGroup[]> {
  if (!isReferencedKind(kind)) return [];
  const database = db();
  const tables = [database.activities, database.donations, database.members, database.studios];
  const found = await database.transaction('r', tables, () => referringRows(database, kind, id));
  return found
    .map(([referringKind, rows]) => groupOf(referringKind, rows.filter(isLive), examples))
    .filter((group) => group.count > 0);
}

type Found = [RecordKind, StoredRow[]][];

/**
 * Every record that names the member, by kind (tombstones left out): activities as 参加委员,
 * 领衔 or 联名; donations as 捐赠方; studios as 负责委员 or 入驻委员. Runs in the caller's
 * transaction when there is one (合并委员 reads and writes them in one).
 */
export async function memberReferences(
  database: DutyLedgerDb,
  id: string,
): Promise<{ [K in 'activity' | 'donation' | 'studio']: RecordByKind[K][] }> {
  const found = new Map(await referringRows(database, 'member', id));
  const live = <K extends RecordKind>(kind: K) =>
    (found.get(kind) ?? []).filter(isLive).map((row) => fromRow<K>(row));
  return { activity: live('activity'), donation: live('donation'), studio: live('studio') };
}

async function referringRows(
  database: DutyLedgerDb,
  kind: ReferencedKind,
  id: string,
): Promise<Found> {
  switch (kind) {
    case 'member':
      return [
        ['activity', await memberActivities(database, id)],
        ['donation', await database.donations.where('_memberIds').equals(id).toArray()],
        // 负责委员 and 入驻委员 have no index: the studios are few, so they are read whole.
        [
          'studio',
          await database.studios
            .filter((row) => {
              const studio = row as RecordByKind['studio'];
              return studio.leaderIds.includes(id) || studio.memberIds.includes(id);
            })
            .toArray(),
        ],
      ];
    case 'campaign':
      return [
        ['activity', await database.activities.where('campaignId').equals(id).toArray()],
        ['donation', await database.donations.where('campaignId').equals(id).toArray()],
      ];
    case 'studio':
      return [
        ['activity', await database.activities.where('_studioId').equals(id).toArray()],
        ['member', await database.members.where('studioIds').equals(id).toArray()],
      ];
  }
}

/** A member's activities: as a participant, off `*_memberDates`; as 领衔 or 联名, off `*_signerIds`. */
async function memberActivities(database: DutyLedgerDb, id: string): Promise<StoredRow[]> {
  const participated = await database.activities
    .where('_memberDates')
    .between([id, Dexie.minKey], [id, Dexie.maxKey])
    .toArray();
  const proposed = await database.activities.where('_signerIds').equals(id).toArray();
  const byId = new Map([...participated, ...proposed].map((row) => [row.id, row]));
  return [...byId.values()];
}

function groupOf(kind: RecordKind, rows: StoredRow[], examples: number): ReferringGroup {
  const dated = kind === 'activity' || kind === 'donation';
  const titled = rows.map((row) => ({
    title: referringTitle(kind, fromRow<RecordKind>(row)),
    dateKey: row._dateKey ?? 0,
  }));
  titled.sort((a, b) =>
    dated ? b.dateKey - a.dateKey || compareTitles(a, b) : compareTitles(a, b),
  );
  return {
    kind,
    count: rows.length,
    titles: titled.slice(0, examples).map((entry) => entry.title),
  };
}

function compareTitles(a: { title: string }, b: { title: string }): number {
  return a.title.localeCompare(b.title, 'zh-CN');
}

function isLive(row: StoredRow): boolean {
  return !row.deletedAt;
}
