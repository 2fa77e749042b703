import { FileExcelOutlined } from '@ant-design/icons';
import { App as AntApp, Button } from 'antd';
import { Suspense, useEffect } from 'react';
import { type ImportKind } from '../../../domain/paste/pasteFields';
import { preloadableExport } from '../../../app/preloadable';
import { useChooseSheetFile } from './useChooseSheetFile';

// The dialog's code (sheet reading, column matching) loads while the file is chosen, not with the
// list that offers the button.
const SheetImportDialog = preloadableExport(
  () => import('./SheetImportDialog'),
  'SheetImportDialog',
);

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
        onClick={() => {
          void SheetImportDialog.load().catch(() => undefined); // drawing it reports a failure
          void choice.choose();
        }}
      >
        从 Excel/CSV 导入
      </Button>
      {choice.file ? (
        <Suspense fallback={null}>
          <SheetImportDialog.Component kind={kind} file={choice.file} onClose={choice.clear} />
        </Suspense>
      ) : null}
    </>
  );
}
