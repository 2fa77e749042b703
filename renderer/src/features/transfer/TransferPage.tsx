import { Space } from 'antd';
import { PageHeading } from '../../shared/PageHeading';
import { SheetExportSection } from './sheets/SheetExportSection';

/** 导入导出: a column of sections, each a card with its own heading. */
export function TransferPage() {
  return (
    <section aria-labelledby="page-title">
      <PageHeading>导入导出</PageHeading>
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
        <SheetExportSection />
      </Space>
    </section>
  );
}
