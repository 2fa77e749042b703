import Dexie from 'dexie';
import type { MemberName } from '../domain/donations/donationDonors';
import { referencedName } from '../domain/references';
import type { RecordKind } from '../domain/records';
import type { DutyLedgerDb } from './DutyLedgerDb';
import { fromRow } from './rows';

/** The members among a record's donors (a donation's; other kinds and odd snapshots have none). */
function donorMemberIds(record: unknown): string[] {
  const donors = (record as { donors?: unknown } | null)?.donors;
  if (!Array.isArray(donors)) return [];
  return donors.flatMap((donor: { type?: unknown; memberId?: unknown }) =>
    donor.type === '委员' && typeof donor.memberId === 'string' ? [donor.memberId] : [],
  );
}

/**
 * The names of the members who gave `records`, as the timeline shows them, read in the
 * caller's transaction: search and the 操作记录 then name a gift as the timeline does
 * (黄家豪捐赠 …). Undefined for kinds that have no donors. Always Dexie's own promise, never a
 * plain one: awaited inside a write's transaction, a plain promise lets it commit too early.
 */
export function donorMemberNames(
  database: DutyLedgerDb,
  kind: RecordKind,
  records: readonly unknown[],
): Promise<MemberName | undefined> {
  if (kind !== 'donation') return Dexie.Promise.resolve(undefined);
  const ids = [...new Set(records.flatMap(donorMemberIds))];
  return database.members.bulkGet(ids).then((rows) => {
    const names = new Map<string, string>();
    rows.forEach((row, i) => {
      if (row) names.set(ids[i]!, referencedName('member', fromRow<'member'>(row)));
    });
    return (id: string) => names.get(id);
  });
}

/**
 * Whether a member reads otherwise in the titles of their gifts after a write: renamed, deleted
 * or restored.
 */
export function memberNameChanged(
  before: { name?: unknown; deletedAt?: unknown } | undefined,
  after: { name?: unknown; deletedAt?: unknown } | undefined,
): boolean {
  return before?.name !== after?.name || Boolean(before?.deletedAt) !== Boolean(after?.deletedAt);
}
