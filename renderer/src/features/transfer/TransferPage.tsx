import { EmptyPage } from '../../shared/EmptyPage';

export function TransferPage() {
  return (
    <EmptyPage
      title="导入导出"
      description="交接包的导出与导入、Excel 台账和 CSV 的导入导出将在这里进行。"
    />
  );
}
