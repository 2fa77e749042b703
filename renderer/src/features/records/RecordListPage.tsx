import { App as AntApp, Button, Checkbox, Space, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { useFillHeight } from '../../app/useFillHeight';
import { useHashRoute } from '../../app/useHashRoute';
import { defaultOrder, type ListQuery } from '../../db/recordPages';
import { getStoredRecord } from '../../db/repositories/recordRepository';
import { recordTitle } from '../../domain/recordSearchInput';
import type { AnyRecord, RecordKind } from '../../domain/records';
import { EmptyPage } from '../../shared/EmptyPage';
import { PageHeading } from '../../shared/PageHeading';
import { SheetExportButton } from '../transfer/sheets/SheetExportButton';
import { ColumnChooser } from './ColumnChooser';
import { useHiddenColumns } from './columnChoice';
import { DeleteRecordDialog } from './DeleteRecordDialog';
import type { ListFilterDef } from './ListFilterBar';
import { LIST_FILTER_BAR } from '../../app/partLoaders';
import { WhenLoaded } from '../../app/WhenLoaded';
import { ListFilterPlaceholder } from './ListFilterPlaceholder';
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
import {
  ROW_HEIGHT,
  VirtualTable,
  type VirtualColumn,
  type VirtualTableHandle,
} from './VirtualTable';

// The filters' code (antd's Select and its styles) comes after the first rows, not before them;
// until it is here, their places are held by boxes of their size (ListFilterPlaceholder).
const ListFilterBar = LIST_FILTER_BAR.Component;

interface Props {
  kind: RecordKind;
  title: string;
  emptyText: string;
  /** Buttons above the list (新增…). */
  actions?: ReactNode;
  /** The record the URL points at: scrolled to and marked. */
  selectedId?: string | undefined;
  onOpen?: (id: string) => void;
  /** The name of the row's link that calls onOpen: 编辑, or 查看 where a row opens a page. */
  openLabel?: string;
  /** A link to a record's other page, beside 编辑 in each row (委员's 档案). */
  rowLink?: (record: AnyRecord) => RowLink;
  /** The list's filters; their values live in the URL's query, so back and forward keep them. */
  filters?: readonly ListFilterDef[];
  /**
   * What can be done to the chosen rows (批量修改…): given, each row gets a checkbox (Space on a
   * focused row too) and the header one chooses every record the filters hold.
   */
  bulkActions?: (selection: ListSelection) => ReactNode;
  /** What the list's records add up to (捐赠's totals), shown above the table. */
  summary?: (query: ListQuery) => ReactNode;
  /** A record's form is open over the list: when it closes, the keyboard goes back to the row. */
  formOpen?: boolean;
}

/** A link in a row's 操作 cell to one of its record's pages. */
export interface RowLink {
  label: string;
  href: string;
}

/** The 操作 cell's width: each link two characters and its padding wide, in the cell's padding. */
const ACTION_WIDTH = 42;

/** What the lists need to know of a column of recordColumns. */
interface ListColumn {
  title?: ReactNode;
  key?: string;
  dataIndex?: string;
  width?: number | string;
  minWidth?: number;
  align?: string;
  render?: (value: unknown, record: AnyRecord, index: number) => ReactNode;
}

/** No rows yet. */
const NO_ROWS: readonly (AnyRecord | undefined)[] = [];

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
  openLabel = '编辑',
  rowLink,
  filters: filterDefs = [],
  bulkActions,
  summary,
  formOpen = false,
}: Props) {
  const { query: urlQuery, setQuery } = useHashRoute();
  const filtersRead: Record<string, string> = {};
  for (const def of filterDefs) {
    const value = urlQuery[def.field];
    if (value) filtersRead[def.field] = value;
  }
  // The same object while the filters stay: the filter bar is not drawn again as pages are read.
  const filtersKey = JSON.stringify(filtersRead);
  const filterValues = useMemo(
    () => JSON.parse(filtersKey) as Record<string, string>,
    [filtersKey],
  );
  const sortParam = urlQuery[SORT_PARAM] ?? '';
  const sortable = SORTABLE_COLUMNS[kind];
  const sortColumn = sortParam.replace(/^-/, '');
  const sortIndex = sortable[sortColumn];
  const order = sortIndex
    ? { index: sortIndex, descending: sortParam.startsWith('-') }
    : defaultOrder(kind);
  const orderKey = JSON.stringify(order);
  const listQuery: ListQuery = useMemo(
    () => ({ kind, order: JSON.parse(orderKey) as ListQuery['order'], filters: filterValues }),
    [kind, orderKey, filterValues],
  );
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

  const rows = list.rows ?? NO_ROWS;
  // The pages pass a new function each time they draw: the columns and rows call the latest one,
  // and are not made again for it.
  const openRef = useRef(onOpen);
  useLayoutEffect(() => {
    openRef.current = onOpen;
  });
  const canOpen = onOpen !== undefined;
  const { want } = list;
  const onRange = useCallback((from: number, to: number) => want(from, to), [want]);

  // The filters and the column chooser (a dozen antd controls on 委员) mount once the first rows
  // are drawn: the rows are what the user came for.
  const toolsShown = useAfterFirstFrame(list.rows !== undefined);

  const tableRef = useRef<VirtualTableHandle>(null);
  // The table ends at the bottom of the page's area, however many lines the toolbars above take.
  const [fill, placeTable] = useFillHeight(() => window.innerHeight - 240 + ROW_HEIGHT);
  const height = fill - ROW_HEIGHT;
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
    tableRef.current?.scrollTo({ index: list.selectedAt });
  }, [selectedId, list.selectedAt]);
  // The table grows shorter as the toolbars above it wrap (the filters come after the rows), or
  // as the window does: the record scrolled to stays wholly in view.
  useEffect(() => {
    if (selectedId && list.selectedAt !== null && scrolledFor.current === selectedId) {
      tableRef.current?.reveal(list.selectedAt);
    }
  }, [height, selectedId, list.selectedAt]);

  // The columns, and what the rows carry, stay the same objects from one render to the next unless
  // what they draw changed: a page read while scrolling then draws only the rows it brought.
  const { records: chosenRecords, toggle, clear, chooseAll } = selection;
  const withChoice = Boolean(bulkActions);
  const { own, columns } = useMemo(() => {
    const chosenIds = new Set(chosenRecords.map((record) => record.id));
    const own = (recordColumns((id) => names?.get(id) ?? '')[kind] as ListColumn[]).map(
      (column): VirtualColumn<AnyRecord> => {
        const key = columnKey(column);
        const { render, dataIndex } = column;
        const valueOf = (record: AnyRecord) =>
          dataIndex === undefined
            ? undefined
            : (record as unknown as Record<string, unknown>)[dataIndex];
        return {
          key,
          title: column.title,
          ...(typeof column.width === 'number' ? { width: column.width } : {}),
          ...(column.minWidth ? { minWidth: column.minWidth } : {}),
          ...(column.align === 'right' ? { align: 'right' as const } : {}),
          render: (record, index) =>
            render ? render(valueOf(record), record, index) : (valueOf(record) as ReactNode),
          ...(sortable[key]
            ? {
                sortOrder:
                  sortColumn === key ? (sortParam.startsWith('-') ? 'descend' : 'ascend') : null,
              }
            : {}),
        };
      },
    );
    const chosenCount = chosenRecords.length;
    const allChosen = chosenCount > 0 && chosenCount === list.total;
    const chooseColumn = {
      title: (
        <Checkbox
          aria-label={filtered ? '全选筛选出的记录' : '全选'}
          checked={allChosen || choosingAll}
          indeterminate={chosenCount > 0 && !allChosen && !choosingAll}
          disabled={choosingAll || list.total === 0}
          onChange={(event) => {
            if (!event.target.checked) return clear();
            setChoosingAll(true);
            void chooseAll().finally(() => setChoosingAll(false));
          }}
        />
      ),
      key: 'choose',
      width: 48,
      // Plain elements in the rows (here and below): a screen of rows mounts dozens of them a frame
      // while the list scrolls, and antd's own would each register their styles.
      render: (record: AnyRecord) => (
        <input
          type="checkbox"
          className="vt-check"
          aria-label={`选择“${recordTitle(kind, record as never)}”`}
          checked={chosenIds.has(record.id)}
          onChange={() => toggle(record)}
        />
      ),
    };
    const columns: VirtualColumn<AnyRecord>[] = [
      ...(withChoice ? [chooseColumn] : []),
      ...own.filter((column) => !hidden.includes(column.key)),
      {
        // Sample records never pass for real ones. The header is named for screen readers only.
        title: <span className="visually-hidden">标记</span>,
        key: 'sample',
        width: 56,
        render: (record: AnyRecord) =>
          record.sample ? (
            <span className="vt-tag-sample" title="示例数据，可在“设置”中一次移除">
              示例
            </span>
          ) : null,
      },
      {
        title: '操作',
        key: 'actions',
        width: 20 + ACTION_WIDTH * ((canOpen ? 1 : 0) + (rowLink ? 1 : 0) + 1),
        pinned: 'right',
        render: (record: AnyRecord) => (
          <span className="vt-actions">
            {canOpen ? (
              <button
                type="button"
                className="vt-link"
                onClick={(event) => {
                  event.stopPropagation();
                  openRef.current?.(record.id);
                }}
              >
                {openLabel}
              </button>
            ) : null}
            {rowLink ? <RowLinkOf link={rowLink(record)} /> : null}
            <button
              type="button"
              className="vt-link-danger"
              onClick={(event) => {
                event.stopPropagation();
                setDeleting(record);
              }}
            >
              删除
            </button>
          </span>
        ),
      },
    ];
    return { own, columns };
  }, [
    kind,
    names,
    sortable,
    sortColumn,
    sortParam,
    chosenRecords,
    toggle,
    clear,
    chooseAll,
    choosingAll,
    list.total,
    filtered,
    withChoice,
    hidden,
    canOpen,
    openLabel,
    rowLink,
  ]);
  const rowProps = useCallback(
    (record: AnyRecord): HTMLAttributes<HTMLDivElement> & { 'data-record-id': string } => ({
      tabIndex: 0,
      'data-record-id': record.id,
      className: record.id === selectedId ? 'vt-row-selected' : undefined,
      'aria-current': record.id === selectedId ? true : undefined,
      onDoubleClick: () => openRef.current?.(record.id),
      onKeyDown: (event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'Enter') openRef.current?.(record.id);
        if (event.key === ' ' && withChoice) {
          event.preventDefault();
          toggle(record);
        }
      },
    }),
    [selectedId, withChoice, toggle],
  );

  // A record's form closed (Esc, 保存, 取消): the keyboard is back on its row, not at the page's top.
  // A save selects the record (the page puts it in the URL), and may move it: another name sorts
  // elsewhere. For a moment the keyboard follows it to its new place, which the selection scrolls
  // into view — unless the user has moved on. Rows are keyed by their places, so the row element
  // that had the record may hold another one after the list is read again.
  const formWasOpen = useRef(formOpen);
  const openedId = useRef(selectedId);
  const returnedTo = useRef<{
    id: string;
    row: HTMLElement | null;
    until: number;
    /** Whether it was said that the filters hide the record. */
    told: boolean;
  } | null>(null);
  // What the list holds now, for the follow-up that runs in a later frame.
  const shown = useRef({ selectedId, selectedAt: list.selectedAt, read: false, filtered });
  useEffect(() => {
    shown.current = {
      selectedId,
      selectedAt: list.selectedAt,
      read: list.rows !== undefined,
      filtered,
    };
  });
  const { message } = AntApp.useApp();
  const followReturned = useCallback(() => {
    const back = returnedTo.current;
    if (!back) return;
    const active = document.activeElement;
    // A row scrolled out of the rows drawn leaves the focus on the page's body: not a move.
    const movedOn = active !== back.row && active !== null && active !== document.body;
    if (performance.now() > back.until || movedOn) {
      returnedTo.current = null;
      return;
    }
    const row = rowOf(back.id);
    if (row) {
      if (row !== active) row.focus({ preventScroll: true });
      back.row = row;
    } else if (back.row) {
      // Out of the rows drawn: Enter must not open the record that took its place.
      back.row.blur();
      back.row = null;
    }
    // Saved, but the list's filters no longer hold it: said, rather than the record just
    // vanishing — not when it went because it was deleted, or its adding undone.
    const now = shown.current;
    if (back.told || !now.filtered || !now.read || now.selectedId !== back.id) return;
    if (now.selectedAt !== null) return;
    back.told = true;
    void getStoredRecord(kind, back.id).then((record) => {
      if (record && !record.deletedAt) {
        void message.info('已保存。这条记录不符合当前的筛选条件，列表中不再显示它。');
      }
    });
  }, [kind, message]);
  useEffect(() => {
    const closed = formWasOpen.current && !formOpen;
    formWasOpen.current = formOpen;
    if (formOpen) {
      // Another form opened: the keyboard is its own.
      returnedTo.current = null;
      if (selectedId) openedId.current = selectedId;
    }
    if (!closed) return;
    const id = selectedId ?? openedId.current;
    if (!id) return;
    const frame = requestAnimationFrame(() => {
      // The form gone, the focus is on the page's body, or still on a row (which may hold another
      // record by now); anywhere else, the user has moved on.
      const active = document.activeElement;
      const row = active instanceof HTMLElement && active.dataset.recordId ? active : null;
      if (active && active !== document.body && !row) return;
      returnedTo.current = { id, row, until: performance.now() + 2000, told: false };
      followReturned();
    });
    return () => cancelAnimationFrame(frame);
  }, [formOpen, selectedId, followReturned]);
  useEffect(() => {
    followReturned();
    // The selection's scroll draws the record's row in the next frame.
    const frame = requestAnimationFrame(followReturned);
    return () => cancelAnimationFrame(frame);
  }, [list.rows, list.selectedAt, followReturned]);

  // The toolbar's parts stay the same elements while the list scrolls and its pages are read.
  const urlKey = JSON.stringify(urlQuery);
  const onFilters = useCallback(
    (values: Record<string, string>) => {
      const next = JSON.parse(urlKey) as Record<string, string>;
      for (const def of filterDefs) delete next[def.field];
      setQuery({ ...next, ...values });
    },
    [urlKey, filterDefs, setQuery],
  );
  const chooserColumns = useMemo(
    () => own.map((column) => ({ key: column.key, title: String(column.title) })),
    [own],
  );
  const exportButton = useMemo(
    () => <SheetExportButton query={listQuery} title={title} />,
    [listQuery, title],
  );
  const summaryShown = useMemo(() => summary?.(listQuery), [summary, listQuery]);

  if (list.rows === undefined) return null;
  if (list.total === 0 && !filtered) {
    return (
      <EmptyPage title={title} description={emptyText}>
        {actions}
      </EmptyPage>
    );
  }
  // As antd's tables do: unsorted → ascending → descending → unsorted.
  const onSort = (key: string) => {
    const next = { ...urlQuery };
    if (sortColumn !== key) next[SORT_PARAM] = key;
    else if (!sortParam.startsWith('-')) next[SORT_PARAM] = `-${key}`;
    else delete next[SORT_PARAM];
    setQuery(next);
  };
  const filterPlaces = <ListFilterPlaceholder defs={filterDefs} values={filterValues} />;
  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <PageHeading>{title}</PageHeading>
        <Space wrap>
          {exportButton}
          {actions}
        </Space>
      </div>
      <Space
        style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8, minHeight: 32 }}
      >
        <Space wrap>
          {filterDefs.length > 0 ? (
            toolsShown ? (
              <WhenLoaded code={LIST_FILTER_BAR} fallback={filterPlaces}>
                <ListFilterBar defs={filterDefs} values={filterValues} onChange={onFilters} />
              </WhenLoaded>
            ) : (
              filterPlaces
            )
          ) : null}
          <Typography.Text type="secondary" role="status">
            {filtered ? `筛选出 ${list.total} 条` : `共 ${list.total} 条`}
          </Typography.Text>
          {bulkActions && chosenRecords.length > 0 ? (
            <Space role="group" aria-label="批量操作">
              <Typography.Text>已选 {chosenRecords.length} 条</Typography.Text>
              {bulkActions(selection)}
              <Button type="link" onClick={selection.clear}>
                取消选择
              </Button>
            </Space>
          ) : null}
        </Space>
        {toolsShown ? (
          <ColumnChooser columns={chooserColumns} hidden={hidden} onChange={setHidden} />
        ) : null}
      </Space>
      {summaryShown}
      <div ref={placeTable}>
        <VirtualTable<AnyRecord>
          handle={tableRef}
          label={title}
          columns={columns}
          rows={rows}
          height={height}
          emptyText="没有符合筛选条件的记录"
          onSort={onSort}
          onRange={onRange}
          rowProps={rowProps}
        />
      </div>
      {deleting ? (
        <DeleteRecordDialog kind={kind} record={deleting} onClose={() => setDeleting(null)} />
      ) : null}
    </section>
  );
}

/**
 * False until a frame has been drawn after `ready` turned true (and the browser has had a task
 * to paint it), then true for good.
 */
function useAfterFirstFrame(ready: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!ready || shown) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready, shown]);
  return shown;
}

function RowLinkOf({ link }: { link: RowLink }) {
  return (
    <a className="vt-link" href={link.href}>
      {link.label}
    </a>
  );
}

/** The row of the list on the page showing the record `id`, if it is drawn. */
function rowOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`main [data-record-id="${CSS.escape(id)}"]`);
}
