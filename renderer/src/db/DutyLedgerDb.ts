import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ActivityType, AuditEntry, RecordKind, RecordSnapshot } from '../domain/records';
import type { SearchDoc } from '../domain/search';
import { searchDocsVersionRow, type MetaRow } from './metaRows';
import type { StoredRow } from './rows';
import { SCHEMA_VERSIONS } from './schemaVersions';
import { TABLE_OF_KIND } from './tableNames';

/** One step of the undo or redo stack: the audit entry it reverses or repeats. */
export interface UndoStep {
  seq?: number;
  stack: 'undo' | 'redo';
  auditId: string;
  kind: RecordKind;
  recordId: string;
  summary: string;
  before: RecordSnapshot | null;
  after: RecordSnapshot | null;
  /**
   * The revision this step left the record at (after its change, or after it was last undone or
   * redone): it applies only while the record is still at it.
   */
  leftRev?: number;
  /**
   * A batch step (a paste of many rows, created at once): the records it created, each with the
   * revision the step left it at. `recordId` is then the batch's audit entry, `before`/`after` are
   * null, and 撤销 / 重做 turn every record into a tombstone and back in one transaction — refused
   * as a whole when any of them moved on since.
   */
  batch?: {
    recordIds: string[];
    leftRevs: Record<string, number>;
    /**
     * A batch of changes of any kinds (a 批量修改, a 合并委员): each record's snapshots before and
     * after, so that 撤销 writes every `before` back and 重做 every `after`. Absent in a paste,
     * whose records were all created (of the step's `kind`): undo tombstones them, redo restores.
     */
    changes?: BatchChange[];
  };
}

/** One record of a batch step: its kind and its state before and after (null: did not exist). */
export interface BatchChange {
  kind: RecordKind;
  id: string;
  before: RecordSnapshot | null;
  after: RecordSnapshot;
  /**
   * The record's version history (`_revs`) before and after, kept by a 交接包 import: its 撤销
   * puts the history back with the fields (a record the import created is removed), so that the
   * same bundle previews as 新增 / 更新 again, and 重做 puts the bundle's history back. Absent in
   * other steps, whose undo and redo are new versions.
   */
  histories?: { before: string[] | null; after: string[] };
}

/** A half-filled form, saved as it is typed. */
export interface Draft {
  /** `form:recordId`, or `form:new` for a record not yet saved. */
  key: string;
  form: string;
  recordId: string | null;
  title: string;
  values: Record<string, unknown>;
  updatedAt: string;
  /** The revision of the record the form was opened on (edits only). */
  baseRev?: number;
  /** That revision's editable fields, so the differences can be shown after a restart too. */
  base?: RecordSnapshot;
}

/** The live records of one kind, kept in step by every write (see recordCounts.ts). */
export interface RecordCount {
  kind: RecordKind;
  live: number;
}

/** The kinds whose live records are counted per year (schema v6, see yearCounts.ts). */
export type YearCountedKind = 'activity' | 'donation';

/**
 * How many live records of a kind fall in one year, and (activities) of each type: kept in
 * step by every write, so 统计 reads a few dozen rows instead of 20,000 index keys.
 */
export interface YearCount {
  kind: YearCountedKind;
  year: number;
  live: number;
  types: Partial<Record<ActivityType, number>>;
  /**
   * Donations: the live goods not yet at 致谢, counted by the day their current stage began
   * (YYYY-MM-DD), so 总览's 超期 count needs no goods read. Absent on rows written before it
   * was kept: then unknown, and read from the goods themselves.
   */
  openGoods?: Record<string, number>;
}

export { TABLE_OF_KIND };

export class DutyLedgerDb extends Dexie {
  members!: Table<StoredRow, string>;
  activities!: Table<StoredRow, string>;
  donations!: Table<StoredRow, string>;
  campaigns!: Table<StoredRow, string>;
  studios!: Table<StoredRow, string>;
  audit!: EntityTable<AuditEntry, 'id'>;
  undo!: EntityTable<UndoStep, 'seq'>;
  drafts!: EntityTable<Draft, 'key'>;
  searchDocs!: EntityTable<SearchDoc, 'id'>;
  recordCounts!: EntityTable<RecordCount, 'kind'>;
  yearCounts!: Table<YearCount, [string, number]>;
  meta!: EntityTable<MetaRow, 'key'>;

  /** Money and records are not a cache: every commit is flushed to disk before it resolves. */
  constructor(name: string, versions = SCHEMA_VERSIONS) {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // A new database has no search keys yet, so none built by another version.
    if (versions.some(({ stores }) => 'meta' in stores)) {
      this.on('populate', (tx) => tx.table<MetaRow, string>('meta').add(searchDocsVersionRow()));
    }
  }

  tableOf(kind: RecordKind): Table<StoredRow, string> {
    return this[TABLE_OF_KIND[kind]];
  }
}
