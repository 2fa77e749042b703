import { useHashRoute } from '../../app/useHashRoute';
import { RecordListPage } from '../records/RecordListPage';

export function StudiosPage() {
  const { sub } = useHashRoute();
  return (
    <RecordListPage
      kind="studio"
      title="工作室"
      selectedId={sub[0]}
      emptyText="还没有委员工作室。“1+7+N”矩阵中的专委会、界别和委员特色工作室将列在这里。"
    />
  );
}
