import { FileExcelOutlined } from '@ant-design/icons';
import { App as AntApp, Button } from 'antd';
import { useEffect } from 'react';
import { type ImportKind } from '../../../domain/paste/pasteFields';
import { SheetImportDialog } from './SheetImportDialog';
import { useChooseSheetFile } from './useChooseSheetFile';

/** 从 Excel/CSV 导入 on a list page: the same import as on 导入导出, for this page's records. */
export function SheetImportButton({ kind }: { kind: ImportKind }) {
  const { message } = AntApp.useApp();
  const choice = useChooseSheetFile();
  useEffect(() => {
    if (choice.error) void message.error(choice.error);
  }, [choice.error, message]);
  return (
    <>
      <Button
        icon={<FileExcelOutlined />}
        loading={choice.reading}
        onClick={() => void choice.choose()}
      >
        从 Excel/CSV 导入
      </Button>
      {choice.file ? (
        <SheetImportDialog kind={kind} file={choice.file} onClose={choice.clear} />
      ) : null}
    </>
  );
}
