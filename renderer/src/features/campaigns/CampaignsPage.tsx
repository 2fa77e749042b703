import { EmptyPage } from '../../shared/EmptyPage';

export function CampaignsPage() {
  return (
    <EmptyPage
      title="专项"
      description="还没有专项。如“三进三助”聚力行动、疫情防控等专项，将汇总其下的活动和捐赠。"
    />
  );
}
