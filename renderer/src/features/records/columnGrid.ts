/** What the grid needs to know of a column: its width, and how far it may give way. */
export interface GridColumn {
  /** Its width (px) when the window has room; none: it takes the room the others leave. */
  width?: number;
  /** How narrow it may get (px) before the columns scroll sideways. */
  minWidth?: number;
}

/**
 * The least width of a column with none of its own (px): small enough that a list's columns,
 * 操作 included, fit a 1024 px window without scrolling sideways; a longer text ends in “…”.
 */
export const LEAST_WIDTH = 120;

/**
 * The CSS grid of the columns. A column with a width and a minWidth gives way down to it in a
 * narrow window, so that the column with no width (an activity's 名称, the one people read) keeps
 * the room it needs; with room to spare, the widths are met first and the rest is its own.
 */
export function gridTemplate(columns: readonly GridColumn[]): string {
  return columns
    .map(({ width, minWidth }) => {
      if (!width) return `minmax(${minWidth ?? LEAST_WIDTH}px, 1fr)`;
      return minWidth && minWidth < width ? `minmax(${minWidth}px, ${width}px)` : `${width}px`;
    })
    .join(' ');
}

/** The narrowest the columns get (px): any narrower and they scroll sideways. */
export function leastTableWidth(columns: readonly GridColumn[]): number {
  // A least width above the width is none: the column is drawn at its width (gridTemplate).
  return columns.reduce(
    (sum, { width, minWidth }) =>
      sum + (width ? Math.min(minWidth ?? width, width) : (minWidth ?? LEAST_WIDTH)),
    0,
  );
}
