import { useHashRoute } from '../../app/useHashRoute';
import { RecordListPage } from '../records/RecordListPage';

export function CampaignsPage() {
  const { sub } = useHashRoute();
  return (
    <RecordListPage
      kind="campaign"
      title="专项"
      selectedId={sub[0]}
      emptyText="还没有专项。如“三进三助”聚力行动、疫情防控等专项，将汇总其下的活动和捐赠。"
    />
  );
}
