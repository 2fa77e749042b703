import { textWidth } from '../transfer/sheets/ledgerSheet';

/**
 * How a column's cells are written: text as text; counts, 万元 and rates as numbers with a number
 * format, so that a spreadsheet sums and sorts them; a year as the number 2020 shown as 2020年.
 */
export type SheetCellKind = 'text' | 'year' | 'count' | 'wan' | 'rate';

/** The number format of each kind of cell (text has none). */
export const SHEET_FORMATS: Record<Exclude<SheetCellKind, 'text'>, string> = {
  year: '0"年"',
  count: '#,##0',
  wan: '#,##0.00',
  rate: '0.0%',
};

/** A cell of an exported table: text, a number, or nothing. */
export type SheetCell = string | number | undefined;

/** A column of a chart's table as the spreadsheet writes it. */
export interface SheetColumn<Row> {
  header: string;
  kind: SheetCellKind;
  value: (row: Row) => SheetCell;
}

/** One chart's table as a worksheet: its title and filter rows, headers and cells. */
export interface StatSheet {
  /** The worksheet's tab name. */
  name: string;
  /** The title row: the chart's title. */
  title: string;
  /** The filter row, as 2018年 · 全部专项. */
  filter: string;
  /** 单位：万元 on the filter row's right, when the table holds amounts. */
  unit?: string;
  headers: string[];
  kinds: SheetCellKind[];
  rows: SheetCell[][];
  /** Widths in Excel's character units, from the longest header or cell of each column. */
  widths: number[];
  /** What the figures leave out, under the table. */
  note?: string;
}

/** What a chart hands over to be written: its columns and rows, and the note under them. */
export interface SheetSource<Row> {
  sheetColumns: readonly SheetColumn<Row>[];
  rows: readonly Row[];
  note?: string | undefined;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 40;

/** The text a cell shows, for its width: a rate as 12.5%, a year as 2020年. */
function shownText(kind: SheetCellKind, value: SheetCell): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (kind === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (kind === 'year') return `${value}年`;
  if (kind === 'wan') return value.toLocaleString('zh-CN', { minimumFractionDigits: 2 });
  return value.toLocaleString('zh-CN');
}

/**
 * A chart's table as a worksheet: the same rows in the same order as on the page, each cell as
 * its column writes it.
 */
export function statSheet<Row>(
  head: { sheetName: string; title: string; filter: string },
  source: SheetSource<Row>,
): StatSheet {
  const columns = source.sheetColumns;
  const rows = source.rows.map((row) => columns.map((column) => column.value(row)));
  const widths = columns.map((column, i) =>
    Math.min(
      MAX_WIDTH,
      Math.max(
        MIN_WIDTH,
        textWidth(column.header) + 2,
        ...rows.map((cells) => textWidth(shownText(column.kind, cells[i])) + 2),
      ),
    ),
  );
  const unit = columns.some((column) => column.kind === 'wan') ? '单位：万元' : undefined;
  return {
    name: head.sheetName,
    title: head.title,
    filter: head.filter,
    ...(unit ? { unit } : {}),
    headers: columns.map((column) => column.header),
    kinds: columns.map((column) => column.kind),
    rows,
    widths,
    ...(source.note ? { note: source.note } : {}),
  };
}

/** The filter a table was drawn under, as its export states it: 2018年 · 全部专项. */
export function filterText(year: number | '各年度', campaignName: string | undefined): string {
  return `${year === '各年度' ? year : `${year}年`} · ${campaignName ?? '全部专项'}`;
}
