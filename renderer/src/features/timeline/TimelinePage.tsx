import { EmptyPage } from '../../shared/EmptyPage';

export function TimelinePage() {
  return (
    <EmptyPage
      title="时间轴"
      description="还没有大事记。标记为“列入大事记”的活动和捐赠将按日期排在这里。"
    />
  );
}
