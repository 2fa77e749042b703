import { db } from '../../db/database';
import { fromRow } from '../../db/rows';
import { campaignTotals } from '../../domain/campaigns/campaignTotals';
import { publishedSummary } from '../../domain/donations/publishedSummary';
import type {
  MemberYearLine,
  StudioYearLine,
  YearDocumentsInput,
} from '../../domain/documents/yearDocuments';
import { partialDateSortKey } from '../../domain/partialDate';
import { computeMemberYear, type PointsRules } from '../../domain/points';
import { ACTIVITY_TYPES, type Activity, type Donation } from '../../domain/records';
import type { TimelineFact } from '../../domain/timelineSentence';

/**
 * The 大事记 of the year: activities and donations marked 列入大事记, in date order; a 保密 gift's
 * donors left out of its line (`memberNames`: each way a member's name is written).
 */
function timelineOf(
  activities: readonly Activity[],
  donations: readonly Donation[],
  memberNames: (id: string) => readonly string[],
) {
  const facts: (TimelineFact & { key: number })[] = [
    ...activities.flatMap((a) =>
      a.inTimeline && a.timelineSummary
        ? [
            {
              key: partialDateSortKey(a.startDate),
              date: a.startDate,
              ...(a.endDate ? { endDate: a.endDate } : {}),
              summary: a.timelineSummary,
              leaders: a.leaders,
            },
          ]
        : [],
    ),
    ...donations.flatMap((d) =>
      d.inTimeline && d.timelineSummary
        ? [
            {
              key: partialDateSortKey(d.date),
              date: d.date,
              summary: publishedSummary(d, memberNames),
            },
          ]
        : [],
    ),
  ];
  return facts.sort((a, b) => a.key - b.key).map(({ key: _key, ...fact }) => fact);
}

/** Each live studio with 接待 or 值班 in the year, and what they add up to. */
async function studiosOf(activities: readonly Activity[]): Promise<StudioYearLine[]> {
  const duty = activities.filter(
    (a) => (a.type === '接待' || a.type === '值班') && a.duty?.studioId,
  );
  const studioIds = [...new Set(duty.map((a) => a.duty?.studioId ?? ''))];
  const rows = await db().studios.bulkGet(studioIds);
  return rows.flatMap((row) => {
    if (!row || row.deletedAt) return [];
    const studio = fromRow<'studio'>(row);
    const own = duty.filter((a) => a.duty?.studioId === studio.id);
    const sum = (key: 'messageCount' | 'viewCount' | 'referredCount') =>
      own.reduce((total, a) => total + (a.duty?.[key] ?? 0), 0);
    return [
      {
        name: studio.name,
        receptions: own.filter((a) => a.type === '接待').length,
        duties: own.filter((a) => a.type === '值班').length,
        messages: sum('messageCount'),
        views: sum('viewCount'),
        referred: sum('referredCount'),
      },
    ];
  });
}

/**
 * Everything the year's documents state, read off the `_year` indexes: the 大事记, activities
 * per type and attendances, each serving member's (or active member's) points, highest first,
 * the donations added up and the studios' 接待.
 */
export async function readYearDocumentsInput(
  year: number,
  rules: PointsRules,
): Promise<Omit<YearDocumentsInput, 'unitName' | 'dated'>> {
  const database = db();
  const [activityRows, donationRows, memberRows] = await Promise.all([
    database.activities.where('_year').equals(year).toArray(),
    database.donations.where('_year').equals(year).toArray(),
    database.members.toArray(),
  ]);
  const activities = activityRows.filter((r) => !r.deletedAt).map((r) => fromRow<'activity'>(r));
  const donations = donationRows.filter((r) => !r.deletedAt).map((r) => fromRow<'donation'>(r));
  const everyMember = memberRows.map((r) => fromRow<'member'>(r));
  const writtenNames = new Map(everyMember.map((m) => [m.id, [m.name, ...m.otherNames]]));
  const members: MemberYearLine[] = everyMember
    .filter((member) => !member.deletedAt)
    .map((member) => ({
      member,
      status: member.status,
      year: computeMemberYear(member.id, year, activities, donations, rules),
    }))
    .filter(
      ({ status, year: y }) =>
        status !== '离任' || Object.values(y.counts).some((n) => n > 0) || y.deduction > 0,
    )
    .sort((a, b) => b.year.total - a.year.total || a.member.name.localeCompare(b.member.name, 'zh'))
    .map(({ member, year: y }) => ({ member, year: y }));
  return {
    year,
    timeline: timelineOf(activities, donations, (id) => writtenNames.get(id) ?? []),
    activityCounts: ACTIVITY_TYPES.map((type) => [
      type,
      activities.filter((a) => a.type === type).length,
    ]),
    attendances: activities.reduce(
      (sum, a) => sum + a.participants.filter((p) => p.attendance === '出席').length,
      0,
    ),
    members,
    donations: campaignTotals(donations),
    studios: await studiosOf(activities),
  };
}
