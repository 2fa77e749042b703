import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import { gridTemplate, leastTableWidth } from './columnGrid';
import { visibleRange } from './visibleRange';
import './virtualTable.css';

/** A column of a VirtualTable: its header, its width (px; none takes the room left) and its cell. */
export interface VirtualColumn<T> {
  key: string;
  title: ReactNode;
  width?: number;
  /** How narrow it may get in a narrow window (px); see gridTemplate. */
  minWidth?: number;
  align?: 'right';
  /** Kept at the table's right edge while the columns scroll sideways (a row's 删除). */
  pinned?: 'right';
  /** null: sortable, not sorted now; undefined: not sortable. */
  sortOrder?: 'ascend' | 'descend' | null;
  render: (record: T, index: number) => ReactNode;
}

export interface VirtualTableHandle {
  /** Scrolls so that row `index` is the first on screen, or to `top` px. */
  scrollTo: (to: { index: number } | { top: number }) => void;
  /** Scrolls as little as brings row `index` wholly on screen (none when it is). */
  reveal: (index: number) => void;
}

interface Props<T> {
  label: string;
  columns: readonly VirtualColumn<T>[];
  /** Every place of the list, undefined where not read yet (drawn as an empty, busy row). */
  rows: readonly (T | undefined)[];
  /** How tall the rows' part is (px), header not included. */
  height: number;
  emptyText: string;
  /** A sortable header was clicked: sort by it, or turn its order. */
  onSort?: (key: string) => void;
  /** The places on screen changed: `from`…`to` (inclusive). */
  onRange?: (from: number, to: number) => void;
  /** What a read row carries beside its place: focus, keys, its mark. */
  rowProps?: (record: T, index: number) => HTMLAttributes<HTMLDivElement>;
  /** Receives scrollTo. */
  handle?: Ref<VirtualTableHandle>;
}

/** Room for a sideways scrollbar under a table as short as its rows (px). */
const SCROLLBAR = 16;

/** Every row is one line of this height (px), so a row's place is arithmetic, never measured. */
export const ROW_HEIGHT = 47;
/** Rows drawn beyond each edge of the screen, so that a quick scroll shows no blank. */
const OVERSCAN = 6;

/**
 * A table that draws only the rows on screen, for lists of any length. Rows are one line of a
 * fixed height, so scrolling costs a few rows' rendering and no measuring. Header and rows are
 * one table for screen readers and tests: role="table" with aria-rowcount, its rows with
 * aria-rowindex, cells and column headers (aria-sort on the sortable ones).
 */
export function VirtualTable<T extends { id: string }>({
  label,
  columns,
  rows,
  height,
  emptyText,
  onSort,
  onRange,
  rowProps,
  handle,
}: Props<T>) {
  const { token } = theme.useToken();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  useImperativeHandle(
    handle,
    () => ({
      scrollTo: (to) => {
        const top = 'index' in to ? to.index * ROW_HEIGHT : to.top;
        if (scroller.current) scroller.current.scrollTop = top;
        setScrollTop(top);
      },
      reveal: (index) => {
        const element = scroller.current;
        if (!element) return;
        // Row `index` shows below the header from scrollTop = index × ROW_HEIGHT on.
        const first = index * ROW_HEIGHT;
        const last = first + 2 * ROW_HEIGHT - element.clientHeight;
        const top = Math.min(Math.max(element.scrollTop, last), first);
        if (top === element.scrollTop) return;
        element.scrollTop = top;
        setScrollTop(top);
      },
    }),
    [],
  );
  const { from, to } = visibleRange(scrollTop, height, ROW_HEIGHT, rows.length, OVERSCAN);
  useEffect(() => {
    if (to >= from) onRange?.(from, to);
  }, [from, to, onRange]);

  const template = gridTemplate(columns);
  const minWidth = leastTableWidth(columns);
  // Columns continue under the pinned one: its edge casts a shadow, so a cut-off cell reads as
  // scrolled under it, not as clipped.
  const [moreRight, setMoreRight] = useState(false);
  const scrolledLeft = useRef(0);
  const measureRight = useCallback(() => {
    const element = scroller.current;
    if (element) setMoreRight(element.scrollLeft + element.clientWidth < element.scrollWidth - 1);
  }, []);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // Measured in the observer's first call, which comes once layout is done: measuring here
    // forced a layout of the whole page in the middle of a list's first drawing (~20 ms).
    const resize = new ResizeObserver(measureRight);
    resize.observe(element);
    return () => resize.disconnect();
  }, [measureRight, minWidth]);
  const style = {
    '--vt-border': token.colorBorderSecondary,
    '--vt-header-bg': token.colorFillAlter,
    '--vt-header-color': token.colorTextHeading,
    '--vt-color': token.colorText,
    '--vt-hover-bg': token.colorFillAlter,
    '--vt-selected-bg': token.controlItemBgActive,
    '--vt-selected-hover-bg': token.controlItemBgActiveHover,
    '--vt-focus': token.colorPrimary,
    '--vt-row-height': `${ROW_HEIGHT}px`,
    '--vt-columns': template,
    // No taller than its rows (a short list leaves no empty band), with room for a scrollbar.
    height: Math.min(height, Math.max(rows.length, 1) * ROW_HEIGHT + SCROLLBAR) + ROW_HEIGHT,
  } as CSSProperties;

  // Each place on screen keeps its row element as the list scrolls (keyed by its slot, not by
  // the record): a row scrolled in takes the element of one scrolled out and only its text changes,
  // instead of a row being removed and another built, inputs and all, every frame.
  const slots = slotCount(to - from + 1);
  const drawn: ReactNode[] = [];
  for (let index = from; index <= to; index++) {
    drawn.push(
      <Row<T>
        key={index % slots}
        record={rows[index]}
        index={index}
        columns={columns}
        rowProps={rowProps}
      />,
    );
  }

  return (
    <div
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      className={moreRight ? 'vt vt-more-right' : 'vt'}
      style={style}
      ref={scroller}
      onScroll={(event) => {
        setScrollTop(event.currentTarget.scrollTop);
        // Only a sideways scroll moves what is under the pinned column (and reading the width
        // on every row scrolled would cost the scroll its frames).
        if (event.currentTarget.scrollLeft !== scrolledLeft.current) {
          scrolledLeft.current = event.currentTarget.scrollLeft;
          measureRight();
        }
      }}
    >
      <div role="rowgroup" className="vt-head" style={{ minWidth }}>
        <div role="row" aria-rowindex={1} className="vt-row vt-head-row">
          {columns.map((column) => (
            <HeaderCell key={column.key} column={column} onSort={onSort} />
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        className="vt-body"
        style={{ minWidth, height: Math.max(rows.length, 1) * ROW_HEIGHT }}
      >
        {rows.length === 0 ? <div className="vt-empty">{emptyText}</div> : drawn}
      </div>
    </div>
  );
}

/** How many row elements the places on screen take turns in: a power of two, so it rarely changes. */
function slotCount(shown: number): number {
  let slots = 32;
  while (slots < shown) slots *= 2;
  return slots;
}

interface RowProps<T> {
  /** Undefined when not read yet: drawn as an empty, busy row. */
  record: T | undefined;
  index: number;
  columns: readonly VirtualColumn<T>[];
  rowProps: ((record: T, index: number) => HTMLAttributes<HTMLDivElement>) | undefined;
}

/**
 * One row. Memoized: while the list scrolls only the table's scroll position changes, so the
 * rows already on screen are not drawn again, only those coming into view.
 */
const Row = memo(function Row<T extends { id: string }>({
  record,
  index,
  columns,
  rowProps,
}: RowProps<T>) {
  const element = useRef<HTMLDivElement>(null);
  // The element now shows another record: the focus a user left on the one scrolled away goes
  // with it, as it did when each record had its own element.
  const id = record?.id;
  const shownId = useRef(id);
  useLayoutEffect(() => {
    if (shownId.current === id) return;
    shownId.current = id;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && element.current?.contains(focused)) focused.blur();
  }, [id]);
  const place = { top: index * ROW_HEIGHT };
  if (record === undefined) {
    return (
      <div
        ref={element}
        role="row"
        aria-rowindex={index + 2}
        aria-busy
        className="vt-row"
        style={place}
      >
        <div role="cell" className="vt-cell">
          {'\u00a0'}
        </div>
      </div>
    );
  }
  const extra = rowProps?.(record, index) ?? {};
  return (
    <div
      ref={element}
      role="row"
      aria-rowindex={index + 2}
      data-record-id={record.id}
      {...extra}
      className={`vt-row ${extra.className ?? ''}`}
      style={place}
    >
      {columns.map((column) => {
        const content = column.render(record, index);
        // A text cut short by its column ("…") is read whole when pointed at.
        const whole = typeof content === 'string' && content !== '' ? content : undefined;
        return (
          <div key={column.key} role="cell" className={cellClass(column)} title={whole}>
            {content}
          </div>
        );
      })}
    </div>
  );
}) as <T extends { id: string }>(props: RowProps<T>) => ReactNode;

function cellClass(column: { align?: 'right'; pinned?: 'right' }): string {
  let name = 'vt-cell';
  if (column.align === 'right') name += ' vt-right';
  if (column.pinned === 'right') name += ' vt-pinned-right';
  return name;
}

function HeaderCell<T>({
  column,
  onSort,
}: {
  column: VirtualColumn<T>;
  onSort: ((key: string) => void) | undefined;
}) {
  const className = cellClass(column);
  if (column.sortOrder === undefined || !onSort) {
    return (
      <div role="columnheader" className={className}>
        {column.title}
      </div>
    );
  }
  const sort = column.sortOrder;
  // The whole header is the click target, as in antd's tables; the button inside gives it the
  // keyboard (its click reaches the header).
  return (
    <div
      role="columnheader"
      className={`${className} vt-sortable`}
      aria-sort={sort === 'ascend' ? 'ascending' : sort === 'descend' ? 'descending' : 'none'}
      onClick={() => onSort(column.key)}
    >
      <button
        type="button"
        className="vt-sort"
        title={sort === 'ascend' ? '点击降序' : sort === 'descend' ? '取消排序' : '点击升序'}
      >
        {column.title}
        <span className="vt-sort-icons" aria-hidden>
          <CaretUpOutlined className={sort === 'ascend' ? 'vt-sort-on' : undefined} />
          <CaretDownOutlined className={sort === 'descend' ? 'vt-sort-on' : undefined} />
        </span>
      </button>
    </div>
  );
}
