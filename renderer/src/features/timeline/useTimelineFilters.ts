import { useLiveQuery } from 'dexie-react-hooks';
import { useHashRoute } from '../../app/useHashRoute';
import {
  DONATION_TYPE_VALUES,
  readTimelineYearChoices,
  type TimelineFilters,
} from '../../db/timelineQueries';
import { ACTIVITY_TYPES } from '../../domain/records/enums';
import type { TimelineYearCount } from '../../domain/timelineLayout';
import type { ListFilterDef } from '../records/ListFilterBar';
import { useRecordOptions } from '../records/useRecordOptions';

/** The URL query keys of the timeline's filters (like the lists, so back and forward keep them). */
export const TIMELINE_PARAMS = {
  chronicle: 'chronicle',
  type: 'type',
  campaignId: 'campaignId',
  memberId: 'memberId',
  year: 'year',
} as const;

/** The timeline's filters as the URL holds them; a value that makes no sense is ignored. */
export function timelineFiltersFromQuery(query: Readonly<Record<string, string>>): TimelineFilters {
  const filters: TimelineFilters = {};
  if (query[TIMELINE_PARAMS.chronicle] === '1') filters.chronicle = true;
  const type = query[TIMELINE_PARAMS.type];
  if (type) filters.type = type;
  const campaignId = query[TIMELINE_PARAMS.campaignId];
  if (campaignId) filters.campaignId = campaignId;
  const memberId = query[TIMELINE_PARAMS.memberId];
  if (memberId) filters.memberId = memberId;
  const year = Number(query[TIMELINE_PARAMS.year]);
  if (Number.isInteger(year) && year >= 1900 && year <= 2100) filters.year = year;
  return filters;
}

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The Select filters of the timeline: 类型, 专项, 委员, 年份 (只看大事记 is a switch of its own). */
export function useTimelineFilterDefs(
  /** The page's own count when it is unfiltered (undefined while counting); null when filtered. */
  counted: readonly TimelineYearCount[] | undefined | null,
): ListFilterDef[] {
  const campaigns = useRecordOptions('campaign');
  const members = useRecordOptions('member');
  const apart = counted === null;
  const read = useLiveQuery(() => (apart ? readTimelineYearChoices() : null), [apart]);
  const years = apart ? (read ?? undefined) : counted?.map(({ year }) => year);
  return [
    {
      field: TIMELINE_PARAMS.type,
      label: '类型',
      options: choices([...ACTIVITY_TYPES, ...DONATION_TYPE_VALUES]),
    },
    { field: TIMELINE_PARAMS.campaignId, label: '专项', options: campaigns },
    { field: TIMELINE_PARAMS.memberId, label: '委员', options: members },
    {
      field: TIMELINE_PARAMS.year,
      label: '年份',
      options: years?.map((year) => ({ value: String(year), label: `${year}年` })),
    },
  ];
}

/** The timeline's filters, read from and written to the URL's query. */
export function useTimelineQuery(): {
  filters: TimelineFilters;
  query: Record<string, string>;
  setQuery: (query: Readonly<Record<string, string>>) => void;
} {
  const { query, setQuery } = useHashRoute();
  return { filters: timelineFiltersFromQuery(query), query, setQuery };
}
