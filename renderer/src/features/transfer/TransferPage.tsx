import { Card, Space } from 'antd';
import { PageHeading } from '../../shared/PageHeading';
import { BundleExportSection } from './bundle/BundleExportSection';
import { BundleImportSection } from './bundle/BundleImportSection';
import { SheetImportSection } from './sheetImport/SheetImportSection';
import { SheetExportSection } from './sheets/SheetExportSection';

/** 导入导出: one titled section per way records leave or arrive, in a column. */
export function TransferPage() {
  return (
    <section aria-labelledby="page-title">
      <PageHeading>导入导出</PageHeading>
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
        <BundleExportSection />
        <BundleImportSection />
        <SheetExportSection />
        <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>从 Excel/CSV 导入</h2>}>
          <SheetImportSection />
        </Card>
      </Space>
    </section>
  );
}
