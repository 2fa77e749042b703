import { Empty, Space } from 'antd';
import { PageHeading } from '../../shared/PageHeading';
import { YearDocumentsCard } from '../documents/YearDocumentsCard';

export function StatsPage() {
  return (
    <section aria-labelledby="page-title">
      <PageHeading>统计</PageHeading>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <YearDocumentsCard />
        <Empty description="还没有统计图表。委员履职积分、活动次数和按专项的捐赠合计将显示在这里。" />
      </Space>
    </section>
  );
}
