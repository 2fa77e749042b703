import { partialDateSortKey, type PartialDate } from '../domain/partialDate';
import type { AnyRecord, RecordByKind, RecordKind } from '../domain/records';

/** A record as stored: the record plus index fields derived from it, all starting with `_`. */
export type StoredRow = AnyRecord & {
  _year?: number;
  _dateKey?: number;
  /** donations: the donating members */
  _memberIds?: string[];
  /** activities: `[memberId, _dateKey]` per participant, so a member's newest come off the index */
  _memberDates?: [string, number][];
  _studioId?: string;
  /** 提案: the members who signed it (领衔 and 联名), so a member's 提案 come off an index. */
  _signerIds?: string[];
  _sample?: 1;
  /** 1 for a live 大事记 entry; absent otherwise, so the timeline index holds only those. */
  _timeline?: 1;
  /** The tags of the record's last versions, newest first (revisionHistory.ts). Not derived. */
  _revs?: string[];
};

/** Adds the derived index fields; the record itself is not changed. */
export function toRow<K extends RecordKind>(kind: K, record: RecordByKind[K]): StoredRow {
  const row: StoredRow = { ...record };
  if (record.sample) row._sample = 1;
  if ('inTimeline' in record && record.inTimeline && !record.deletedAt) row._timeline = 1;
  const date = dateOf(kind, record);
  if (date) {
    row._year = date.year;
    row._dateKey = partialDateSortKey(date);
  }
  if (kind === 'activity') {
    const activity = record as RecordByKind['activity'];
    row._memberDates = unique(activity.participants.map((p) => p.memberId)).map((id) => [
      id,
      row._dateKey ?? 0,
    ]);
    if (activity.duty?.studioId) row._studioId = activity.duty.studioId;
    const signers = signerIdsOf(activity);
    if (signers.length > 0) row._signerIds = signers;
  }
  if (kind === 'donation') {
    const donation = record as RecordByKind['donation'];
    row._memberIds = unique(
      donation.donors.flatMap((donor) => (donor.type === '委员' ? [donor.memberId] : [])),
    );
  }
  return row;
}

/** Strips the derived fields again. */
export function fromRow<K extends RecordKind>(row: StoredRow): RecordByKind[K] {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (!key.startsWith('_')) record[key] = value;
  }
  return record as RecordByKind[K];
}

/** A 提案's 领衔 and 联名 members, each once; none for another type of activity. */
export function signerIdsOf(activity: RecordByKind['activity']): string[] {
  if (activity.type !== '提案' || !activity.proposal) return [];
  return unique([...activity.proposal.leadMemberIds, ...activity.proposal.jointMemberIds]);
}

function dateOf(kind: RecordKind, record: AnyRecord): PartialDate | undefined {
  if (kind === 'activity') return (record as RecordByKind['activity']).startDate;
  if (kind === 'donation') return (record as RecordByKind['donation']).date;
  return undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
