import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Radio, Typography } from 'antd';
import { useId, useState } from 'react';
import { IMPORT_KINDS, type ImportKind } from '../../../domain/paste/pasteFields';
import { SheetImportDialog } from './SheetImportDialog';
import { IMPORT_KIND_WORDS, SHEET_IMPORT_TEXT } from './sheetImportText';
import { useChooseSheetFile } from './useChooseSheetFile';
import './sheetImport.css';

/** 导入导出 → 从 Excel/CSV 导入: the record type, the file, and the import dialog over it. */
export function SheetImportSection() {
  const [kind, setKind] = useState<ImportKind>('member');
  const choice = useChooseSheetFile();
  const kindId = useId();
  return (
    <>
      <Typography.Paragraph>{SHEET_IMPORT_TEXT.sectionHelp}</Typography.Paragraph>
      <div className="sheet-import-controls">
        <span id={kindId}>{SHEET_IMPORT_TEXT.kindLabel}</span>
        <Radio.Group
          aria-labelledby={kindId}
          value={kind}
          onChange={(event) => setKind(event.target.value as ImportKind)}
          options={IMPORT_KINDS.map((value) => ({
            value,
            label: IMPORT_KIND_WORDS[value].name,
          }))}
        />
        <Button
          icon={<FileExcelOutlined />}
          loading={choice.reading}
          onClick={() => void choice.choose()}
        >
          {SHEET_IMPORT_TEXT.chooseFile}
        </Button>
      </div>
      {choice.error ? (
        <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={choice.error} />
      ) : null}
      {choice.file ? (
        <SheetImportDialog kind={kind} file={choice.file} onClose={choice.clear} />
      ) : null}
    </>
  );
}
