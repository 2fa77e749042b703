import { useLiveQuery } from 'dexie-react-hooks';
import { distinctFieldValues } from '../../db/queries';
import { MEMBER_CATEGORIES, MEMBER_STATUSES, PARTIES } from '../../domain/records/enums';
import type { ListFilterDef } from '../records/ListFilterBar';
import { useRecordOptions } from '../records/useRecordOptions';

/** Free-text fields, filtered by the values members hold. */
const TEXT_FIELDS = ['sector', 'term', 'location'] as const;

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The 委员 list's filters: 类别, 界别, 党派, 届次, 所在地, 状态, 所属工作室. */
export function useMemberFilters(): ListFilterDef[] {
  const held = useLiveQuery(() => distinctFieldValues('member', TEXT_FIELDS), []);
  const studios = useRecordOptions('studio');
  const text = (field: (typeof TEXT_FIELDS)[number]) =>
    held ? choices(held[field] ?? []) : undefined;
  return [
    { field: 'category', label: '类别', options: choices(MEMBER_CATEGORIES) },
    { field: 'sector', label: '界别', options: text('sector') },
    { field: 'party', label: '党派', options: choices(PARTIES) },
    { field: 'term', label: '届次', options: text('term') },
    { field: 'location', label: '所在地', options: text('location') },
    { field: 'status', label: '状态', options: choices(MEMBER_STATUSES) },
    { field: 'studioIds', label: '所属工作室', options: studios },
  ];
}
