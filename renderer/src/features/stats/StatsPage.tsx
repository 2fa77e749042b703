import { EmptyPage } from '../../shared/EmptyPage';

export function StatsPage() {
  return (
    <EmptyPage
      title="统计"
      description="还没有可统计的数据。委员履职积分、活动次数和按专项的捐赠合计将显示在这里。"
    />
  );
}
