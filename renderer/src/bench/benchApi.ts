/**
 * What `renderer/bench.html` exposes as `window.__dutyLedgerBench` for `npm run bench`. Types only,
 * with no imports, so that the Node runner can share them.
 */

export type BenchKind = 'member' | 'studio' | 'campaign' | 'activity' | 'donation';

export interface GenerateResult {
  ms: number;
  counts: Record<BenchKind, number>;
  participations: number;
}

export interface InsertResult {
  kind: BenchKind;
  count: number;
  chunks: number;
  /** bulkCreateRecords, summed over the chunks */
  repoMs: number;
  /** Dexie bulkPut of the same rows (toRow output) into a fresh database of the same schema */
  rawMs: number;
}

/** Where the time of one bulkCreateRecords chunk goes, stage by stage (ms). */
export interface BulkProfile {
  kind: BenchKind;
  count: number;
  stages: Record<string, number>;
}

export interface SearchRun {
  /** first search: the worker reading every stored search doc and building its index */
  loadMs: number;
  /** every prefix typed, in order */
  prefixes: string[];
  /** round trip page → worker → page per prefix, as the UI sees it (ms) */
  roundTripMs: number[];
  /** time inside the worker per prefix (ms) */
  workerMs: number[];
  hits: number[];
}

export interface ListQueryTiming {
  name: string;
  rows: number;
  /** every run, the first one cold (fresh page) */
  ms: number[];
}

/** The 捐赠台账 export against a bare streaming exceljs write of the same rows. */
export interface SheetExportTiming {
  rows: number;
  /** the app's export, from the request to the bytes back in the page, each run (ms) */
  exportMs: number[];
  /** the bare write in a worker, from reading the rows to the last byte, each run (ms) */
  bareMs: number[];
  exportBytes: number;
  bareBytes: number;
}

/** The 交接包 export of the whole set through the app against its raw floor. */
export interface HandoverExportTiming {
  rows: number;
  /** the app's export (bundle worker, streamed zip) to the last byte, each run (ms) */
  exportMs: number[];
  /** every table read whole + JSON.stringify + fflate zip, each run (ms) */
  floorMs: number[];
  exportBytes: number;
  floorBytes: number;
}

/** The 交接包 import of the whole set into an empty database against its raw floor. */
export interface HandoverImportTiming {
  /** records written by the import */
  rows: number;
  /** check + read, preview, apply in one transaction, each run (ms) */
  importMs: number[];
  /** unzip + JSON.parse + bulkPut into empty tables, each run (ms) */
  floorMs: number[];
  bundleBytes: number;
  floorBytes: number;
  /** where the import's time goes, mean per run (ms) */
  stages: Record<string, number>;
}

export interface BenchApi {
  generate(seed?: number): Promise<GenerateResult>;
  insertKind(kind: BenchKind, chunkSize: number): Promise<InsertResult>;
  profileBulk(kind: BenchKind, count: number): Promise<BulkProfile>;
  dropScratchDatabases(): Promise<void>;
  /** Types the given queries, or the built-in realistic ones. */
  searchAsYouType(queries?: readonly string[]): Promise<SearchRun>;
  listQueries(runs: number): Promise<ListQueryTiming[]>;
  storedCounts(): Promise<Record<string, number>>;
  /** The id of the member in the most activities: the largest 档案 to open. */
  busiestMemberId(): Promise<string>;
  /** The id of the 专项 with the most donations: the largest totals to add up. */
  busiestCampaignId(): Promise<string>;
  /** The 捐赠台账 of every donation, `runs` times, and the bare write of the same rows. */
  sheetExport(runs: number): Promise<SheetExportTiming>;
  /** The whole set as a 交接包 through the app, and the raw floor; `runs` of each. */
  handoverExport(runs: number): Promise<HandoverExportTiming>;
  /** That 交接包 imported into an empty database through the app, and the raw floor. */
  handoverImport(runs: number): Promise<HandoverImportTiming>;
}
