import { Card, Space } from 'antd';
import { PageHeading } from '../../shared/PageHeading';
import { SheetImportSection } from './sheetImport/SheetImportSection';

/** 导入导出: one titled section per way records leave or arrive. */
export function TransferPage() {
  return (
    <section aria-labelledby="page-title">
      <PageHeading>导入导出</PageHeading>
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
        <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>从 Excel/CSV 导入</h2>}>
          <SheetImportSection />
        </Card>
      </Space>
    </section>
  );
}
