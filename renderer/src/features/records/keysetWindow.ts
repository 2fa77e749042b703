import {
  readRecordPage,
  type ListQuery,
  type PageCursor,
  type RecordPage,
} from '../../db/recordPages';
import type { RecordKind } from '../../domain/records';
import type { AnyRecord } from '../../domain/records';

/**
 * How many records one read brings. Each read re-renders a table that may hold 20,000 places,
 * so fewer, larger reads keep scrolling smoother than many small ones.
 */
export const PAGE_SIZE = 400;

/**
 * How many rows a list reads before it first draws: a tall screen of rows and the table's overscan.
 * The rest of the first page follows once they are drawn.
 */
export const FIRST_ROWS = 50;

/**
 * The rows of one list as far as they have been read: `total` places, each empty until the keyset
 * page that holds it is read. Pages are read forward or backward from the nearest rows already
 * read, from either end of the list, or from the record a search opened; so scrolling reads page
 * after page, and the end of the list or a far record is shown without reading all before it.
 */
export class KeysetWindow {
  private readonly rows: (AnyRecord | undefined)[];
  private readonly cursors: (PageCursor | undefined)[];
  private anchor: { at: number; cursor: PageCursor } | null = null;
  private wanted: { from: number; to: number } = { from: 0, to: -1 };
  private running = false;
  private closed = false;
  /** Rows as last handed out: a new array after every read, so React sees the change. */
  private shown: readonly (AnyRecord | undefined)[];

  constructor(
    readonly query: ListQuery,
    readonly total: number,
    private readonly onChange: () => void,
    private readonly pageSize = PAGE_SIZE,
  ) {
    this.rows = new Array<AnyRecord | undefined>(total);
    this.cursors = new Array<PageCursor | undefined>(total);
    this.shown = this.rows.slice();
  }

  /** Every place of the list, undefined where not read yet. */
  get snapshot(): readonly (AnyRecord | undefined)[] {
    return this.shown;
  }

  /** Whether every wanted row has been read. */
  get settled(): boolean {
    return this.firstMissing() === -1;
  }

  /** The list's first rows, read while it was being counted: placed from the top. */
  seed(page: RecordPage<RecordKind>): void {
    page.records.slice(0, this.total).forEach((record, n) => {
      this.rows[n] = record;
      this.cursors[n] = page.cursors[n];
    });
    this.shown = this.rows.slice();
  }

  /** The record at `at` starts at `cursor` (inclusive): reading can begin there. */
  placeAnchor(at: number, cursor: PageCursor): void {
    if (at < 0 || at >= this.total) return;
    this.anchor = { at, cursor };
  }

  /** Rows `from`…`to` are on screen (or about to be): read them if they are not yet. */
  want(from: number, to: number): void {
    this.wanted = { from: Math.max(0, from), to: Math.min(this.total - 1, to) };
    void this.run();
  }

  close(): void {
    this.closed = true;
  }

  private firstMissing(): number {
    for (let i = this.wanted.from; i <= this.wanted.to; i++) {
      if (this.rows[i] === undefined) return i;
    }
    return -1;
  }

  /**
   * How to reach row `i`: forward from the nearest read row above it (or the start), or backward
   * from the nearest read row below it (or the end), whichever is fewer rows away. The record a
   * search opened is read first, from its own cursor.
   */
  private planFor(i: number): { at: number; cursor: PageCursor | null; backward: boolean } {
    const anchor = this.anchor;
    if (anchor && this.rows[anchor.at] === undefined) {
      return { at: anchor.at, cursor: anchor.cursor, backward: false };
    }
    let before = i;
    while (before > 0 && this.rows[before - 1] === undefined) before--;
    let after = i;
    while (after < this.total && this.rows[after] === undefined) after++;
    if (after - i < i - before) {
      const cursor = after < this.total ? (this.cursors[after] ?? null) : null;
      return {
        at: after - 1,
        cursor: cursor && { key: cursor.key, id: cursor.id },
        backward: true,
      };
    }
    return {
      at: before,
      cursor: before === 0 ? null : (this.cursors[before - 1] ?? null),
      backward: false,
    };
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        if (this.closed) return;
        const missing = this.firstMissing();
        if (missing === -1) return;
        const { at, cursor, backward } = this.planFor(missing);
        const { index, descending } = this.query.order;
        const query = backward
          ? { ...this.query, order: { index, descending: !descending } }
          : this.query;
        // What is wanted from there, at most a page: a list's first screen does not wait for a
        // whole page to be read and decoded.
        const needed = backward ? at - this.wanted.from + 1 : this.wanted.to - at + 1;
        const limit = Math.max(1, Math.min(this.pageSize, needed));
        const page = await readRecordPage(query, cursor, limit);
        if (this.closed) return;
        let written = 0;
        page.records.forEach((record, n) => {
          const place = backward ? at - n : at + n;
          if (place < 0 || place >= this.total) return;
          this.rows[place] = record;
          this.cursors[place] = page.cursors[n];
          written++;
        });
        this.shown = this.rows.slice();
        this.onChange();
        // The store holds fewer than counted (it changed meanwhile): a new window will follow.
        if (written === 0) return;
      }
    } finally {
      this.running = false;
    }
  }
}
