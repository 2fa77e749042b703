import { useHashRoute } from '../../app/useHashRoute';
import { RecordListPage } from '../records/RecordListPage';

export function DonationsPage() {
  const { sub } = useHashRoute();
  return (
    <RecordListPage
      kind="donation"
      title="捐赠"
      selectedId={sub[0]}
      emptyText="还没有捐赠记录。资金捐赠（人民币、港币、澳门币等）和物资捐赠及其流转状态将列在这里。"
    />
  );
}
