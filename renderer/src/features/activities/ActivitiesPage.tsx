import { useHashRoute } from '../../app/useHashRoute';
import { RecordListPage } from '../records/RecordListPage';

export function ActivitiesPage() {
  const { sub } = useHashRoute();
  return (
    <RecordListPage
      kind="activity"
      title="履职活动"
      selectedId={sub[0]}
      emptyText="还没有履职活动。会议、调研、视察、读书、值班、提案等活动将按日期列在这里。"
    />
  );
}
