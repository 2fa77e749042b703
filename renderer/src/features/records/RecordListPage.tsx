import { Button, Checkbox, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useHashRoute } from '../../app/useHashRoute';
import { defaultOrder, type ListQuery } from '../../db/recordPages';
import { recordTitle } from '../../domain/recordSearchInput';
import type { AnyRecord, RecordKind } from '../../domain/records';
import { EmptyPage } from '../../shared/EmptyPage';
import { PageHeading } from '../../shared/PageHeading';
import { SheetExportButton } from '../transfer/sheets/SheetExportButton';
import { ColumnChooser } from './ColumnChooser';
import { useHiddenColumns } from './columnChoice';
import { DeleteRecordDialog } from './DeleteRecordDialog';
import { ListFilterBar, type ListFilterDef } from './ListFilterBar';
import {
  columnKey,
  DEFAULT_HIDDEN_COLUMNS,
  LISTED_REFERENCES,
  recordColumns,
  SORTABLE_COLUMNS,
} from './recordColumns';
import { useKeysetList } from './useKeysetList';
import { useListSelection, type ListSelection } from './useListSelection';
import { useRecordNames } from './useRecordNames';
import { VIRTUAL_TABLE_ROLES } from './virtualTableRoles';

interface Props {
  kind: RecordKind;
  title: string;
  emptyText: string;
  /** Buttons above the list (新增…). */
  actions?: ReactNode;
  /** The record the URL points at: scrolled to and marked. */
  selectedId?: string | undefined;
  onOpen?: (id: string) => void;
  /** The list's filters; their values live in the URL's query, so back and forward keep them. */
  filters?: readonly ListFilterDef[];
  /**
   * What can be done to the chosen rows (批量修改…): given, each row gets a checkbox (Space on a
   * focused row too) and the header one chooses every record the filters hold.
   */
  bulkActions?: (selection: ListSelection) => ReactNode;
  /** What the list's records add up to (捐赠's totals), shown above the table. */
  summary?: (query: ListQuery) => ReactNode;
}

/** A row not read yet: it holds its place so that the scrollbar spans the whole list. */
interface Placeholder {
  id: string;
  placeholder: true;
}
type Row = AnyRecord | Placeholder;

/** What the lists need to know of a column of recordColumns. */
interface ListColumn {
  title?: ReactNode;
  key?: string;
  dataIndex?: string;
  width?: number | string;
  render?: (value: unknown, record: Row, index: number) => ReactNode;
  sorter?: boolean;
  sortOrder?: 'ascend' | 'descend' | null;
}
const isPlaceholder = (row: Row): row is Placeholder => 'placeholder' in row;
/** A line of text, so that a row not read yet is as tall as one read: the scroll stays put. */
const PLACEHOLDER_TEXT = '\u00a0';

/**
 * The table's (never spinning) Spin without its aria-busy and aria-live: between role="table" and
 * its rows an element must carry no ARIA of its own.
 */
const QUIET_SPIN = {
  spinning: false,
  'aria-busy': undefined,
  'aria-live': undefined,
} as unknown as TableProps['loading'];

/** The URL query key of the order: `sort=type` (A→Z) or `sort=-type`. */
const SORT_PARAM = 'sort';

/**
 * A live list of one kind of record — all of them, however many: a virtual table over keyset pages
 * read as it scrolls, sortable by indexed columns, with filters and the order in the URL, a column
 * chooser remembered per list, and 删除 on each row.
 */
export function RecordListPage({
  kind,
  title,
  emptyText,
  actions,
  selectedId,
  onOpen,
  filters: filterDefs = [],
  bulkActions,
  summary,
}: Props) {
  const { query: urlQuery, setQuery } = useHashRoute();
  const filterValues: Record<string, string> = {};
  for (const def of filterDefs) {
    const value = urlQuery[def.field];
    if (value) filterValues[def.field] = value;
  }
  const sortParam = urlQuery[SORT_PARAM] ?? '';
  const sortable = SORTABLE_COLUMNS[kind];
  const sortColumn = sortParam.replace(/^-/, '');
  const sortIndex = sortable[sortColumn];
  const order = sortIndex
    ? { index: sortIndex, descending: sortParam.startsWith('-') }
    : defaultOrder(kind);
  const listQuery: ListQuery = { kind, order, filters: filterValues };
  const list = useKeysetList(listQuery, selectedId);
  const filtered = Object.keys(filterValues).length > 0;
  const selection = useListSelection(listQuery);
  const [choosingAll, setChoosingAll] = useState(false);

  const [deleting, setDeleting] = useState<AnyRecord | null>(null);
  const [hidden, setHidden] = useHiddenColumns(kind, DEFAULT_HIDDEN_COLUMNS[kind]);
  // The members a donation or a studio names, for the rows read so far, kept live.
  const listed = LISTED_REFERENCES[kind];
  const referenced = useMemo(() => {
    if (!listed || !list.rows) return [];
    const ids: string[] = [];
    for (const record of list.rows) if (record) ids.push(...listed.ids(record));
    return ids;
  }, [listed, list.rows]);
  const names = useRecordNames(listed?.kind ?? kind, referenced);

  const rows = useMemo(() => {
    const out: Row[] = [];
    const all = list.rows ?? [];
    for (let i = 0; i < all.length; i++)
      out.push(all[i] ?? { id: `\u0000${i}`, placeholder: true });
    return out;
  }, [list.rows]);

  // Rows rendered by the virtual table tell which places are on screen; read those.
  const onScreen = useRef({ from: Infinity, to: -1, scheduled: false });
  const seen = (index: number) => {
    const range = onScreen.current;
    range.from = Math.min(range.from, index);
    range.to = Math.max(range.to, index);
    if (range.scheduled) return;
    range.scheduled = true;
    queueMicrotask(() => {
      list.want(range.from, range.to);
      onScreen.current = { from: Infinity, to: -1, scheduled: false };
    });
  };

  const tableRef = useRef<{
    scrollTo: (config: { index?: number; top?: number; align?: 'start' }) => void;
  }>(null);
  const height = useListHeight();
  // Another order or filter: back to the top of the list.
  const listKey = JSON.stringify(listQuery);
  const shownKey = useRef(listKey);
  useEffect(() => {
    if (shownKey.current === listKey) return;
    shownKey.current = listKey;
    tableRef.current?.scrollTo({ top: 0 });
  }, [listKey, list.rows]);
  // A record opened from search: scroll to its place once its rows are there.
  const scrolledFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!selectedId || list.selectedAt === null || scrolledFor.current === selectedId) return;
    scrolledFor.current = selectedId;
    tableRef.current?.scrollTo({ index: list.selectedAt, align: 'start' });
  }, [selectedId, list.selectedAt]);

  if (list.rows === undefined) return null;
  if (list.total === 0 && !filtered) {
    return (
      <EmptyPage title={title} description={emptyText}>
        {actions}
      </EmptyPage>
    );
  }
  const own = (recordColumns((id) => names?.get(id) ?? '')[kind] as ListColumn[]).map(
    (column): ListColumn & { key: string } => {
      const key = columnKey(column);
      const { render } = column;
      return {
        ...column,
        key,
        render: (value, record, index) =>
          isPlaceholder(record)
            ? PLACEHOLDER_TEXT
            : render
              ? render(value, record, index)
              : (value as ReactNode),
        ...(sortable[key]
          ? {
              sorter: true,
              sortOrder:
                sortColumn === key ? (sortParam.startsWith('-') ? 'descend' : 'ascend') : null,
            }
          : {}),
      };
    },
  );
  const chosenCount = selection.records.length;
  const allChosen = chosenCount > 0 && chosenCount === list.total;
  const chooseColumn = {
    title: (
      <Checkbox
        aria-label={filtered ? '全选筛选出的记录' : '全选'}
        checked={allChosen || choosingAll}
        indeterminate={chosenCount > 0 && !allChosen && !choosingAll}
        disabled={choosingAll || list.total === 0}
        onChange={(event) => {
          if (!event.target.checked) return selection.clear();
          setChoosingAll(true);
          void selection.chooseAll().finally(() => setChoosingAll(false));
        }}
      />
    ),
    key: 'choose',
    width: 48,
    render: (_: unknown, record: Row) =>
      isPlaceholder(record) ? null : (
        <Checkbox
          aria-label={`选择“${recordTitle(kind, record as never)}”`}
          checked={selection.has(record.id)}
          onChange={() => selection.toggle(record)}
        />
      ),
  };
  const columns = [
    ...(bulkActions ? [chooseColumn] : []),
    ...own.filter((column) => !hidden.includes(column.key)),
    {
      // Sample records never pass for real ones. The header is named for screen readers only.
      title: <span className="visually-hidden">标记</span>,
      key: 'sample',
      width: 64,
      render: (_: unknown, record: Row) =>
        !isPlaceholder(record) && record.sample ? (
          <Tag color="gold" title="示例数据，可在“设置”中一次移除">
            示例
          </Tag>
        ) : null,
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_: unknown, record: Row) =>
        isPlaceholder(record) ? null : (
          <Button
            type="link"
            size="small"
            danger
            onClick={(event) => {
              event.stopPropagation();
              setDeleting(record);
            }}
          >
            删除
          </Button>
        ),
    },
  ];
  const onChange: TableProps<Row>['onChange'] = (_pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = one?.order ? String(one.columnKey) : '';
    const next = { ...urlQuery };
    if (key) next[SORT_PARAM] = one?.order === 'descend' ? `-${key}` : key;
    else delete next[SORT_PARAM];
    setQuery(next);
  };
  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <PageHeading>{title}</PageHeading>
        <Space wrap>
          <SheetExportButton query={listQuery} title={title} />
          {actions}
        </Space>
      </div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Space wrap>
          {filterDefs.length > 0 ? (
            <ListFilterBar
              defs={filterDefs}
              values={filterValues}
              onChange={(values) => {
                const next: Record<string, string> = { ...urlQuery };
                for (const def of filterDefs) delete next[def.field];
                setQuery({ ...next, ...values });
              }}
            />
          ) : null}
          <Typography.Text type="secondary" role="status">
            {filtered ? `筛选出 ${list.total} 条` : `共 ${list.total} 条`}
          </Typography.Text>
          {bulkActions && chosenCount > 0 ? (
            <Space role="group" aria-label="批量操作">
              <Typography.Text>已选 {chosenCount} 条</Typography.Text>
              {bulkActions(selection)}
              <Button type="link" onClick={selection.clear}>
                取消选择
              </Button>
            </Space>
          ) : null}
        </Space>
        <ColumnChooser
          columns={own.map((column) => ({ key: column.key, title: String(column.title) }))}
          hidden={hidden}
          onChange={setHidden}
        />
      </Space>
      {summary?.(listQuery)}
      <div role="table" aria-label={title} aria-rowcount={list.total + 1}>
        <Table<Row>
          ref={tableRef as never}
          components={VIRTUAL_TABLE_ROLES as never}
          virtual
          rowKey="id"
          size="middle"
          dataSource={rows}
          columns={columns as never}
          pagination={false}
          loading={QUIET_SPIN}
          scroll={{ x: tableWidth(columns), y: height }}
          locale={{ emptyText: '没有符合筛选条件的记录' }}
          onChange={onChange}
          rowClassName={(record) => (record.id === selectedId ? 'ant-table-row-selected' : '')}
          onRow={(record, index) => {
            if (index !== undefined) seen(index);
            const place = index === undefined ? {} : { 'aria-rowindex': index + 2 };
            if (isPlaceholder(record)) return { ...place, 'aria-busy': true };
            return {
              ...place,
              tabIndex: 0,
              'aria-current': record.id === selectedId ? true : undefined,
              onDoubleClick: () => onOpen?.(record.id),
              onKeyDown: (event) => {
                if (event.target !== event.currentTarget) return;
                if (event.key === 'Enter') onOpen?.(record.id);
                if (event.key === ' ' && bulkActions) {
                  event.preventDefault();
                  selection.toggle(record);
                }
              },
            };
          }}
        />
      </div>
      {deleting ? (
        <DeleteRecordDialog kind={kind} record={deleting} onClose={() => setDeleting(null)} />
      ) : null}
    </section>
  );
}

/** The table's width: each column's own, or 160 px for a column that sets none. */
function tableWidth(columns: readonly { width?: unknown }[]): number {
  return columns.reduce<number>(
    (sum, column) => sum + (typeof column.width === 'number' ? column.width : 160),
    0,
  );
}

/** How tall the list can be: the window below the page's header and toolbar, kept on resize. */
function useListHeight(): number {
  const read = () => Math.max(240, window.innerHeight - 240);
  const [height, setHeight] = useState(read);
  useEffect(() => {
    const onResize = () => setHeight(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}
