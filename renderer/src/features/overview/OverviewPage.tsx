import { EmptyPage } from '../../shared/EmptyPage';

export function OverviewPage() {
  return (
    <EmptyPage
      title="总览"
      description="还没有记录。这里将汇总本年的履职活动、捐赠和大事记，并列出最近的修改。"
    />
  );
}
