import { App as AntApp, Modal, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { bulkCreateRecords } from '../../../db/repositories/bulkRepository';
import { readSavedMapping, saveMapping } from '../../../db/sheetImportData';
import { mappingToSave, type SavedMapping } from '../../../domain/paste/pasteColumns';
import { pasteFieldsOf, type ImportKind } from '../../../domain/paste/pasteFields';
import { locateTable } from '../../../domain/sheets/locateTable';
import { type SheetFile } from '../../../domain/sheets/sheetFile';
import { askForOperator } from '../../operator/operatorGate';
import { BadRows, ImportGrid, ImportSummary } from '../../records/paste/ImportGrid';
import { useImportRows, type ImportTable } from '../../records/paste/useImportRows';
import { encodingText, IMPORT_KIND_WORDS } from './sheetImportText';
import './sheetImport.css';

interface Props {
  kind: ImportKind;
  file: SheetFile;
  onClose: () => void;
}

/**
 * 从 Excel/CSV 导入: one sheet of the chosen file, its table found under any title lines, every
 * column mapped (as last time for the same headings), every row checked; 导入 adds the chosen
 * rows in one transaction, undone as one step, and remembers the mapping.
 */
export function SheetImportDialog({ kind, file, onClose }: Props) {
  const saved = useLiveQuery(() => readSavedMapping(kind), [kind]);
  const [sheetIndex, setSheetIndex] = useState(() =>
    Math.max(
      0,
      file.sheets.findIndex((sheet) => sheet.rows.some((row) => row.some((cell) => cell !== ''))),
    ),
  );
  const sheetId = useId();
  const words = IMPORT_KIND_WORDS[kind];
  const sheet = file.sheets[sheetIndex] ?? file.sheets[0]!;
  return (
    <SheetImportGrid
      // Another sheet is another table: its mapping and ticks start afresh.
      key={sheetIndex}
      kind={kind}
      sheetRows={sheet.rows}
      saved={saved}
      title={`从 Excel/CSV 导入${words.name}`}
      onClose={onClose}
      fileLine={
        <div className="sheet-import-file">
          <span>文件：{file.name}</span>
          {file.encoding ? <span>编码：{encodingText(file.encoding)}</span> : null}
          {file.sheets.length > 1 ? (
            <span>
              <label htmlFor={sheetId}>工作表：</label>
              <select
                id={sheetId}
                className="paste-column-select sheet-import-sheet"
                value={sheetIndex}
                onChange={(event) => setSheetIndex(Number(event.target.value))}
              >
                {file.sheets.map((option, index) => (
                  <option key={option.name} value={index}>
                    {option.name}
                  </option>
                ))}
              </select>
            </span>
          ) : null}
        </div>
      }
    />
  );
}

interface GridProps {
  kind: ImportKind;
  sheetRows: readonly (readonly string[])[];
  saved: SavedMapping | undefined;
  title: string;
  fileLine: React.ReactNode;
  onClose: () => void;
}

function SheetImportGrid({ kind, sheetRows, saved, title, fileLine, onClose }: GridProps) {
  const { message } = AntApp.useApp();
  const fields = useMemo(() => pasteFieldsOf(kind), [kind]);
  const located = useMemo(() => locateTable(sheetRows, fields), [sheetRows, fields]);
  const table = useMemo<ImportTable>(
    () => ({ header: located.header?.cells, rows: located.rows }),
    [located],
  );
  const state = useImportRows(kind, table, saved);
  const [importing, setImporting] = useState(false);
  const words = IMPORT_KIND_WORDS[kind];
  const chosen = state.records.filter(state.isChosen);
  const ready = state.ready && saved !== undefined;

  const confirm = async () => {
    if (!(await askForOperator())) return;
    setImporting(true);
    try {
      const entries = chosen.map((record) => ({ input: record.input }));
      await bulkCreateRecords(kind, entries, { undoable: true });
      if (table.header) await saveMapping(kind, mappingToSave(state.mapping, table.header));
      message.success(`已导入 ${entries.length} ${words.unit}${words.name}，可以撤销`);
      onClose();
    } catch (error) {
      // All or nothing: nothing was added, the dialog stays for another try.
      message.error(
        `导入失败，未添加任何${words.name}：${error instanceof Error ? error.message : error}`,
      );
      setImporting(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={1100}
      // Near the top, so that the rows and 导入 fit a 1024 × 700 window.
      style={{ top: 24 }}
      okText={`导入 ${chosen.length} ${words.unit}${words.name}`}
      cancelText="取消"
      okButtonProps={{ disabled: chosen.length === 0 || !ready }}
      confirmLoading={importing}
      onOk={() => void confirm()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      {fileLine}
      <Typography.Paragraph className="sheet-import-where">
        {located.header
          ? `表头在第${located.header.line}行，数据从第${located.rows[0]?.line ?? located.header.line + 1}行起；标题、填报单位、合计和填表人等行不导入。`
          : '没有找到表头行：请为每一列选择对应的字段。'}
      </Typography.Paragraph>
      {state.records.length === 0 ? (
        <Typography.Paragraph role="status">这个工作表中没有数据行。</Typography.Paragraph>
      ) : (
        <>
          <div className="paste-options">
            <ImportSummary state={state} />
          </div>
          <BadRows records={state.records} />
          <ImportGrid state={state} />
        </>
      )}
    </Modal>
  );
}
