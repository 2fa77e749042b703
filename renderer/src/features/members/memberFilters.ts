import { distinctFieldValues } from '../../db/queries';
import { MEMBER_CATEGORIES, MEMBER_STATUSES, PARTIES } from '../../domain/records/enums';
import type { ListFilterDef } from '../records/ListFilterBar';
import { readRecordOptions, readYearOptions } from '../records/recordOptions';

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** A free-text field, filtered by the values members hold (界别, 届次, 所在地). */
const held = (field: string) => async () =>
  choices((await distinctFieldValues('member', [field]))[field] ?? []);

/**
 * The 委员 list's filters: 类别, 界别, 党派, 届次, 所在地, 状态, 所属工作室, and 参加活动年份 (the
 * members who attended an activity of that year, `activityYear` in db/listFilterFields.ts). The
 * choices read from the database are read once the list's first rows are drawn.
 */
export const MEMBER_FILTERS: readonly ListFilterDef[] = [
  { field: 'category', label: '类别', options: choices(MEMBER_CATEGORIES) },
  { field: 'sector', label: '界别', options: undefined, load: held('sector') },
  { field: 'party', label: '党派', options: choices(PARTIES) },
  { field: 'term', label: '届次', options: undefined, load: held('term') },
  { field: 'location', label: '所在地', options: undefined, load: held('location') },
  { field: 'status', label: '状态', options: choices(MEMBER_STATUSES) },
  {
    field: 'studioIds',
    label: '所属工作室',
    options: undefined,
    load: () => readRecordOptions('studio'),
  },
  {
    field: 'activityYear',
    label: '参加活动年份',
    options: undefined,
    load: () => readYearOptions('activity'),
  },
];
