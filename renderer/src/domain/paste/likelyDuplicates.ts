import { likelyDuplicate, type ActivityKey } from '../activities/similarActivity';
import { type Money } from '../money';
import { formatPartialDate, samePartialDate, type PartialDate } from '../partialDate';
import { type Donor } from '../records';
import { foldName } from './cellReaders';
import { type PastedRecord } from './pastedRecords';

/** A member already in the database, as duplicates are looked for. */
export interface KnownMember {
  name: string;
  otherNames?: readonly string[];
}

/** A donation already in the database, as duplicates are looked for. */
export interface DonationKey {
  donors: readonly Donor[];
  date: PartialDate;
  amount?: Money | undefined;
}

/**
 * Flags rows whose name (or its traditional/simplified twin, or a member's 其他写法) is already a
 * member's, or an earlier row's.
 */
export function flagDuplicateMembers(
  rows: PastedRecord<'member'>[],
  known: readonly KnownMember[],
): void {
  const existing = new Map<string, string>();
  for (const member of known) {
    for (const name of [member.name, ...(member.otherNames ?? [])]) {
      if (!existing.has(foldName(name))) existing.set(foldName(name), member.name);
    }
  }
  const earlier = new Map<string, number>();
  for (const row of rows) {
    if (!row.input) continue;
    const key = foldName(row.input.name);
    const same = existing.get(key);
    const line = earlier.get(key);
    if (same !== undefined) row.warning = `与已有委员“${same}”重名`;
    else if (line !== undefined) row.warning = `与第${line}行重名`;
    else earlier.set(key, row.line);
  }
}

/** Flags rows with the same dates and a similar 活动名称 as a recorded activity or an earlier row. */
export function flagDuplicateActivities(
  rows: PastedRecord<'activity'>[],
  known: readonly ActivityKey[],
): void {
  const earlier: { line: number; key: ActivityKey }[] = [];
  for (const row of rows) {
    if (!row.input) continue;
    const same = known.find((activity) => likelyDuplicate(row.input!, activity));
    const before = earlier.find(({ key }) => likelyDuplicate(row.input!, key));
    if (same) {
      row.warning = `与已有活动“${same.title}”（${formatPartialDate(same.startDate)}）相似`;
    } else if (before) row.warning = `与第${before.line}行相似`;
    else earlier.push({ line: row.line, key: row.input });
  }
}

/** Flags rows with the same donors, 捐赠日期 and 金额 as a recorded donation or an earlier row. */
export function flagDuplicateDonations(
  rows: PastedRecord<'donation'>[],
  known: readonly DonationKey[],
): void {
  const earlier: { line: number; key: DonationKey }[] = [];
  for (const row of rows) {
    if (!row.input) continue;
    const same = known.some((donation) => sameDonation(row.input!, donation));
    const before = earlier.find(({ key }) => sameDonation(row.input!, key));
    if (same) row.warning = '与已有捐赠重复（捐赠方、日期、金额相同）';
    else if (before) row.warning = `与第${before.line}行重复`;
    else earlier.push({ line: row.line, key: row.input });
  }
}

function sameDonation(a: DonationKey, b: DonationKey): boolean {
  return (
    samePartialDate(a.date, b.date) &&
    a.amount?.currency === b.amount?.currency &&
    a.amount?.amountMinor === b.amount?.amountMinor &&
    donorsKey(a.donors) === donorsKey(b.donors)
  );
}

/** Who gave, in any order: members by id, others by folded name. */
function donorsKey(donors: readonly Donor[]): string {
  return donors
    .map((donor) => (donor.type === '委员' ? `m:${donor.memberId}` : `n:${foldName(donor.name)}`))
    .sort()
    .join('|');
}
