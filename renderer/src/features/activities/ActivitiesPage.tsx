import { useHashRoute } from '../../app/useHashRoute';
import { RecordListPage } from '../records/RecordListPage';
import { ActivityBulkEdit } from './ActivityBulkEdit';
import { useActivityFilters } from './useActivityFilters';

export function ActivitiesPage() {
  const { sub } = useHashRoute();
  const filters = useActivityFilters();
  return (
    <RecordListPage
      kind="activity"
      title="履职活动"
      selectedId={sub[0]}
      filters={filters}
      bulkActions={(selection) => <ActivityBulkEdit selection={selection} />}
      emptyText="还没有履职活动。会议、调研、视察、读书、值班、提案等活动将按日期列在这里。"
    />
  );
}
