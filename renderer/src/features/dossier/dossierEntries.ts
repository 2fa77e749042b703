import { formatMoney } from '../../domain/money';
import { formatPartialDate } from '../../domain/partialDate';
import {
  ACTIVITY_CATEGORY,
  scoreActivity,
  type DutyCategory,
  type MemberPart,
  type PointsRules,
} from '../../domain/points';
import type { Activity, Donation } from '../../domain/records';

/** One line of a member's file: an activity or a donation, with what it earned them. */
export interface DossierEntry {
  id: string;
  kind: 'activity' | 'donation';
  year: number;
  /** 2021年4月15日 */
  date: string;
  title: string;
  /** 活动类型 or 捐赠类型 */
  type: string;
  category: DutyCategory;
  /** 角色 and 出席情况 for an activity. */
  part?: MemberPart;
  /** Points earned (before the year's cap) or, negative, deducted. */
  points: number;
}

/**
 * A member's activities and donations as lines of their file, in the order given (oldest first).
 *
 * A 保密 donation keeps its date and points but not its amount or recipient: the file is handed on.
 */
export function dossierEntries(
  memberId: string,
  activities: readonly Activity[],
  donations: readonly Donation[],
  rules: PointsRules,
): DossierEntry[] {
  const entries: (DossierEntry & { key: string })[] = [];
  for (const activity of activities) {
    const score = scoreActivity(activity, memberId, rules);
    if (!score) continue;
    entries.push({
      id: activity.id,
      kind: 'activity',
      year: activity.startDate.year,
      date: formatPartialDate(activity.startDate),
      title: activity.title,
      type: activity.type,
      category: ACTIVITY_CATEGORY[activity.type],
      part: score.part,
      points: score.points - score.deduction,
      key: sortKey(activity.startDate),
    });
  }
  for (const donation of donations) {
    entries.push({
      id: donation.id,
      kind: 'donation',
      year: donation.date.year,
      date: formatPartialDate(donation.date),
      title: donationTitle(donation),
      type: `${donation.kind}捐赠`,
      category: '公益捐赠',
      points: rules.donation.perDonation,
      key: sortKey(donation.date),
    });
  }
  // Stable: same-day activities keep their order, and a donation follows them.
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.key.localeCompare(b.entry.key) || a.index - b.index)
    .map(({ entry: { key: _key, ...entry } }) => entry);
}

function sortKey(d: { year: number; month?: number; day?: number }): string {
  // Unknown day sorts at the end of its month, unknown month at the end of its year.
  return `${d.year}-${String(d.month ?? 13).padStart(2, '0')}-${String(d.day ?? 32).padStart(2, '0')}`;
}

function donationTitle(donation: Donation): string {
  if (donation.confidential) return '公益捐赠（保密）';
  const what =
    donation.kind === '资金'
      ? donation.amount
        ? formatMoney(donation.amount)
        : '资金'
      : donation.items.map((item) => item.name).join('、') || '物资';
  const to = donation.recipient ? `向${donation.recipient}` : '';
  const purpose = donation.purpose ? `（${donation.purpose}）` : '';
  return `${to}捐赠${what}${purpose}`;
}

/** 角色 · 出席情况 as one short phrase: 发言 · 出席. */
export function partLabel(part: MemberPart | undefined): string {
  return part ? `${part.role} · ${part.attendance}` : '';
}
