import { useLiveQuery } from 'dexie-react-hooks';
import { useAfterFirstScreen } from '../../app/useAfterFirstScreen';
import { useHashRoute } from '../../app/useHashRoute';
import { readRecordNames } from '../../db/recordNames';
import { MAX_YEAR, MIN_YEAR } from '../../domain/partialDate';
import {
  overviewActivities,
  overviewDonations,
  reminderCount,
  type OverviewActivities,
  type OverviewDonations,
} from '../../domain/stats/overviewYear';
import { statsYears } from '../../db/statsQueries';
import { readYear } from '../dossier/dossierQueries';
import { usePointsRules } from '../dossier/usePointsRules';

/** The year 总览 shows: `?year=` of its URL when valid, else the current calendar year. */
export function useOverviewYearChoice(): {
  year: number;
  /** Whether the year was chosen (in the URL) rather than taken as this year. */
  chosen: boolean;
  setYear: (year: number) => void;
} {
  const { query, setQuery } = useHashRoute();
  const asked = Number(query.year);
  const valid = Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR;
  return {
    year: valid ? asked : new Date().getFullYear(),
    chosen: valid,
    setYear: (year) => setQuery({ ...query, year: String(year) }),
  };
}

/** The years with a live activity or donation, newest first; undefined until read (after first paint). */
export function useRecordYears(): number[] | undefined {
  const ready = useAfterFirstScreen();
  return useLiveQuery(async () => (ready ? statsYears() : undefined), [ready]);
}

/** Everything 总览 says of one year, with the names of the 专项 it sums. */
export interface OverviewYear {
  year: number;
  activities: OverviewActivities;
  donations: OverviewDonations;
  campaignNames: Map<string, string>;
  servingMembers: number;
  reminders: number;
}

/**
 * The year's figures, live: read after the first screen is drawn, off the `_year` indexes (one
 * year's activities and donations, not the stores), with the members. Undefined while read.
 */
export function useOverviewYear(year: number): OverviewYear | undefined {
  const ready = useAfterFirstScreen();
  const rules = usePointsRules();
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    const records = await readYear(year);
    const donations = overviewDonations(records.donations);
    const campaignIds = donations.byCampaign.flatMap((c) => (c.campaignId ? [c.campaignId] : []));
    return {
      year,
      activities: overviewActivities(records.activities, records.members),
      donations,
      campaignNames: await readRecordNames('campaign', campaignIds),
      servingMembers: records.members.filter((m) => m.status === '在任').length,
      reminders: reminderCount(year, records.members, records.activities, records.donations, rules),
    };
  }, [ready, year, rules]);
}
