import { Space } from 'antd';
import { PageHeading } from '../../shared/PageHeading';
import { BundleExportSection } from './bundle/BundleExportSection';
import { BundleImportSection } from './bundle/BundleImportSection';
import { SheetExportSection } from './sheets/SheetExportSection';

/** 导入导出: one titled section per way in or out, in a column. */
export function TransferPage() {
  return (
    <section aria-labelledby="page-title">
      <PageHeading>导入导出</PageHeading>
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
        <BundleExportSection />
        <BundleImportSection />
        <SheetExportSection />
      </Space>
    </section>
  );
}
