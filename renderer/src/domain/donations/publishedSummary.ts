import type { Donation } from '../records';

/** What a 大事记 line says in place of a donor who asked not to be named (保密). */
export const UNNAMED_DONOR = '某捐赠方';

// A title after a name goes with it (黄家豪委员 → 某捐赠方), and donors named one after another
// read as one (黄家豪、陈美玲 → 某捐赠方, not 某捐赠方、某捐赠方).
const TITLE_AFTER_NAME = '(?:委员|顾问|先生|女士)?';
const UNNAMED_IN_A_ROW = new RegExp(`${UNNAMED_DONOR}(?:[、和与及]${UNNAMED_DONOR})+`, 'gu');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A donation's 大事记摘要 as the timeline and the year's documents print it. For a donation marked
 * 保密, each way its donors' names are written — an outside donor's name, a member's 姓名 and
 * 其他写法 (`memberNames`) — reads 某捐赠方: the summary is typed freely, and a name typed into it
 * would otherwise be published.
 */
export function publishedSummary(
  donation: Pick<Donation, 'confidential' | 'donors' | 'timelineSummary'>,
  memberNames: (id: string) => readonly string[],
): string {
  const summary = donation.timelineSummary ?? '';
  if (!donation.confidential) return summary;
  const names = donation.donors
    .flatMap((donor) => (donor.type === '其他' ? [donor.name] : memberNames(donor.memberId)))
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    // The longest first: 香港中华总商会 before 香港.
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return summary;
  const named = new RegExp(`(?:${names.map(escapeRegExp).join('|')})${TITLE_AFTER_NAME}`, 'giu');
  return summary.replace(named, UNNAMED_DONOR).replace(UNNAMED_IN_A_ROW, UNNAMED_DONOR);
}
