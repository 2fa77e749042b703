import { Checkbox, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { ImportKind } from '../../../domain/paste/pasteFields';
import type { PastedRecord } from '../../../domain/paste/pastedRecords';
import type { ImportRowsState } from './useImportRows';
import './importGrid.css';

const SKIP = '';

/** How many bad rows are listed above the grid; the grid marks every one. */
const BAD_ROWS_LISTED = 20;

/** The rows that cannot be added and why, listed where they are seen first. */
export function BadRows({ records }: { records: readonly PastedRecord[] }) {
  const bad = records.filter((record) => !record.input);
  if (bad.length === 0) return null;
  return (
    <div className="paste-bad-rows" role="group" aria-label="不能导入的行">
      {/* A few lines high, scrolled (by keyboard too) when there are more. */}
      <ul tabIndex={0}>
        {bad.slice(0, BAD_ROWS_LISTED).map((record) => (
          <li key={record.line}>
            第{record.line}行：{record.errors.join('；')}
          </li>
        ))}
      </ul>
      {bad.length > BAD_ROWS_LISTED ? (
        <p>另有 {bad.length - BAD_ROWS_LISTED} 行，见下表。</p>
      ) : null}
    </div>
  );
}

/**
 * 共 N 行：可导入 …, as a status read out when it changes. Rows that could be imported but are not
 * ticked (a 重名 is left unticked until the user says) are counted apart, so that the figure
 * agrees with the 导入 button's.
 */
export function ImportSummary<K extends ImportKind>({ state }: { state: ImportRowsState<K> }) {
  const total = state.records.length;
  const importable = state.records.filter((record) => record.input);
  const bad = total - importable.length;
  const unchosen = importable.filter((record) => !state.isChosen(record));
  const duplicates = unchosen.filter((record) => record.warning).length;
  const which =
    duplicates > 0 && duplicates === unchosen.length
      ? state.kind === 'member'
        ? '重名 '
        : '疑似重复 '
      : '';
  return (
    <span role="status" className="paste-summary">
      共 {total} 行：可导入 {importable.length} 行
      {unchosen.length > 0 ? `（其中${which}${unchosen.length} 行未勾选，勾选才导入）` : ''}
      {bad > 0 ? `，有问题 ${bad} 行（不导入）` : ''}
    </span>
  );
}

/**
 * How tall the grid's rows may be (px): what the window leaves once the dialog's other parts and
 * its 导入 button are drawn (a 1024 × 700 window too), between 120 and 380.
 */
function gridHeight(): number {
  return Math.min(380, Math.max(120, window.innerHeight - 520));
}

/** Above this many rows the grid draws only the rows in view. */
const VIRTUAL_FROM = 100;

/** The rows under a field chooser per column, each row with its check and its choice. */
export function ImportGrid<K extends ImportKind>({ state }: { state: ImportRowsState<K> }) {
  const { width, header } = state;
  const [height, setHeight] = useState(gridHeight);
  useEffect(() => {
    const onResize = () => setHeight(gridHeight());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const options = [
    { value: SKIP, label: '不导入' },
    ...state.fields.map((field) => ({ value: field.key, label: field.label })),
  ];
  const columns = [
    { title: '行', dataIndex: 'line', key: 'line', width: 56, fixed: 'left' as const },
    {
      title: '导入',
      key: 'chosen',
      width: 64,
      fixed: 'left' as const,
      render: (_: unknown, record: PastedRecord<K>) => (
        <Checkbox
          aria-label={`导入第${record.line}行`}
          disabled={!record.input}
          checked={state.isChosen(record)}
          onChange={(event) => state.choose(record.line, event.target.checked)}
        />
      ),
    },
    {
      title: '检查结果',
      key: 'check',
      width: 240,
      render: (_: unknown, record: PastedRecord<K>) =>
        record.errors.length > 0 ? (
          <span className="paste-error">{record.errors.join('；')}</span>
        ) : record.warning ? (
          <span className="paste-warning">{record.warning}</span>
        ) : (
          <span className="paste-ok">可导入</span>
        ),
    },
    ...Array.from({ length: width }, (_, column) => ({
      key: `column-${column}`,
      width: 160,
      title: (
        <div className="paste-column-head">
          {/* A native select: its chosen field is read out with its name, and keys work as usual. */}
          <select
            aria-label={`第${column + 1}列导入为`}
            className="paste-column-select"
            value={state.mapping[column] ?? SKIP}
            onChange={(event) =>
              state.mapColumn(column, event.target.value === SKIP ? null : event.target.value)
            }
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {header ? <div className="paste-heading">表头：{header[column]}</div> : null}
        </div>
      ),
      render: (_: unknown, record: PastedRecord<K>) => (
        <span className={state.mapping[column] ? undefined : 'paste-skipped'}>
          {record.cells[column]}
        </span>
      ),
    })),
  ];
  return (
    <Table<PastedRecord<K>>
      className="paste-grid"
      rowKey="line"
      size="small"
      bordered
      pagination={false}
      dataSource={state.records as PastedRecord<K>[]}
      columns={columns}
      // Drawing only the rows in view keeps thousands of rows quick; smaller sets are drawn
      // whole, so every row is there for a screen reader.
      virtual={state.records.length > VIRTUAL_FROM}
      scroll={{ x: 56 + 64 + 240 + 160 * width, y: height }}
      rowClassName={(record) =>
        !record.input ? 'paste-row-bad' : record.warning ? 'paste-row-warning' : ''
      }
    />
  );
}
