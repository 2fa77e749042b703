import type { Donation } from '../records';

/** A member's name by id, where the caller has it; undefined otherwise. */
export type MemberName = (id: string) => string | undefined;

/** Who gave a donation marked 保密, wherever it is named: the donor asked not to be. */
export const CONFIDENTIAL_DONORS = '保密';

/**
 * Who gave, as a donation's title says it before 捐赠: 香港中华总商会, 黄家豪、海外侨胞, 黄家豪等
 * (a member whose name the caller does not have), 委员 (none of the members' names known).
 * A donation marked 保密 names no donor, member or not: 保密.
 */
export function donationDonors(
  d: Pick<Donation, 'donors' | 'confidential'>,
  memberName?: MemberName,
): string {
  if (d.confidential) return CONFIDENTIAL_DONORS;
  const named: string[] = [];
  let unnamed = false;
  for (const donor of d.donors) {
    const name = donor.type === '其他' ? donor.name : memberName?.(donor.memberId);
    if (name) named.push(name);
    else unnamed = true;
  }
  return named.length > 0 ? `${named.join('、')}${unnamed ? '等' : ''}` : '委员';
}
