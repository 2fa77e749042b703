import type { MemberName } from './donations/donationDonors';
import { formatPartialDate } from './partialDate';
import { recordTitle } from './recordSearchInput';
import type { RecordByKind, RecordKind } from './records';

/** What a referring record's name shows once the record it names is deleted. */
export const DELETED_MARK = '（已删除）';

/** What stands for an id that names no stored record (e.g. one a partial import left behind). */
export const UNKNOWN_RECORD = '（未知记录）';

/** The kinds other records point to: deleting one of these asks first. */
export const REFERENCED_KINDS = ['member', 'campaign', 'studio'] as const;
export type ReferencedKind = (typeof REFERENCED_KINDS)[number];

/** Whether other records may point to records of this kind. */
export function isReferencedKind(kind: RecordKind): kind is ReferencedKind {
  return (REFERENCED_KINDS as readonly RecordKind[]).includes(kind);
}

/** The records of one kind that point to a record, with the first few titles. */
export interface ReferringGroup {
  kind: RecordKind;
  count: number;
  /** Titles of the first few, at most `count`. */
  titles: string[];
}

/** How records of each kind are counted: 12 项履职活动, 3 笔捐赠, 1 个委员工作室, 2 位委员. */
const MEASURE_WORDS: Readonly<Record<RecordKind, string>> = {
  member: '位',
  activity: '项',
  donation: '笔',
  campaign: '个',
  studio: '个',
};

const KIND_NOUNS: Readonly<Record<RecordKind, string>> = {
  member: '委员',
  activity: '履职活动',
  donation: '捐赠',
  campaign: '专项',
  studio: '委员工作室',
};

/** How the deleted record is called in the sentence. */
const SUBJECTS: Readonly<Record<ReferencedKind, string>> = {
  member: '该委员',
  campaign: '该专项',
  studio: '该工作室',
};

/** A count with its measure word and noun: `12 项履职活动`. */
export function countOf(kind: RecordKind, count: number): string {
  return `${count} ${MEASURE_WORDS[kind]}${KIND_NOUNS[kind]}`;
}

/**
 * The sentence that says what points to a record about to be deleted, e.g.
 * 「该委员出现在 12 项履职活动、3 笔捐赠中，是 1 个委员工作室的负责或入驻委员。」;
 * null when nothing points to it. Groups with a count of 0 are left out.
 */
export function referenceSentence(
  target: ReferencedKind,
  groups: readonly Pick<ReferringGroup, 'kind' | 'count'>[],
): string | null {
  const count = (kind: RecordKind): number =>
    groups.filter((g) => g.kind === kind).reduce((sum, g) => sum + g.count, 0);
  const listed = (kinds: RecordKind[]): string =>
    kinds
      .filter((kind) => count(kind) > 0)
      .map((kind) => countOf(kind, count(kind)))
      .join('、');
  const clauses: string[] = [];
  const records = listed(['activity', 'donation']);
  if (target === 'campaign') {
    if (records) clauses.push(`下有 ${records}`);
  } else if (records) {
    clauses.push(`出现在 ${records}中`);
  }
  if (target === 'member' && count('studio') > 0) {
    clauses.push(`是 ${countOf('studio', count('studio'))}的负责或入驻委员`);
  }
  if (target === 'studio' && count('member') > 0) {
    clauses.push(`是 ${countOf('member', count('member'))}的所属工作室`);
  }
  if (clauses.length === 0) return null;
  return `${SUBJECTS[target]}${clauses.join('，')}。`;
}

/** What the confirmation says of the first few titles of a group: 「等 12 项」 when there are more. */
export function moreThanShown(group: ReferringGroup): string | null {
  return group.count > group.titles.length ? `等 ${countOf(group.kind, group.count)}` : null;
}

/**
 * The name a referring record shows for the record it points to: the plain name of a live one,
 * 「名称（已删除）」 for a tombstone, 「（未知记录）」 when there is none. `memberName` names the
 * members who gave a donation.
 */
export function referencedName<K extends RecordKind>(
  kind: K,
  record: RecordByKind[K] | undefined,
  memberName?: MemberName,
): string {
  if (!record) return UNKNOWN_RECORD;
  const title = recordTitle(kind, record, memberName);
  return record.deletedAt ? `${title}${DELETED_MARK}` : title;
}

/**
 * How a referring record is named in the confirmation. A donation's title (委员捐赠 ¥2,000,000.00)
 * comes with its date: a member's gifts are often of one amount.
 */
export function referringTitle<K extends RecordKind>(kind: K, record: RecordByKind[K]): string {
  if (kind !== 'donation') return recordTitle(kind, record);
  const donation = record as RecordByKind['donation'];
  return [formatPartialDate(donation.date), recordTitle('donation', donation)]
    .filter(Boolean)
    .join(' ');
}
