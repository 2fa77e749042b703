import { ACTIVITY_FORMS, ACTIVITY_TYPES } from '../../domain/records/enums';
import { UNKNOWN_MONTH } from '../../domain/unknownMonth';
import type { ListFilterDef } from '../records/ListFilterBar';
import { readRecordOptions, readYearOptions } from '../records/recordOptions';

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

const MONTHS = [
  ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` })),
  { value: UNKNOWN_MONTH, label: '月份不详' },
];

/**
 * The 履职活动 list's filters: 年份, 月份, 类型, 形式, 专项, 委员, 工作室, 列入大事记, 参加人员
 * (有无参加委员). Their keys are those db/listFilterFields.ts reads off the indexes (`year`, `member`, `studio`,
 * `timeline`), tests on the row (`month`, `participants`) or the activity's own fields (`type`,
 * `form`, `campaignId`). The choices read from the database are read once the first rows are drawn.
 */
export const ACTIVITY_FILTERS: readonly ListFilterDef[] = [
  {
    field: 'year',
    label: '年份',
    options: undefined,
    load: () => readYearOptions('activity'),
  },
  { field: 'month', label: '月份', options: MONTHS },
  { field: 'type', label: '类型', options: choices(ACTIVITY_TYPES) },
  { field: 'form', label: '形式', options: choices(ACTIVITY_FORMS) },
  {
    field: 'campaignId',
    label: '专项',
    options: undefined,
    load: () => readRecordOptions('campaign'),
  },
  {
    field: 'member',
    label: '委员',
    options: undefined,
    load: () => readRecordOptions('member'),
    people: true,
  },
  { field: 'studio', label: '工作室', options: undefined, load: () => readRecordOptions('studio') },
  { field: 'timeline', label: '列入大事记', options: choices(['是', '否']) },
  // Not named 委员: the 委员 filter is found by that name.
  {
    field: 'participants',
    label: '参加人员',
    options: [
      { value: '有', label: '有参加委员' },
      { value: '无', label: '无参加委员' },
    ],
  },
];
