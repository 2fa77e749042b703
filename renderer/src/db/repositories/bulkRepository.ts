import Dexie from 'dexie';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import {
  batchAuditEntry,
  importSummary,
  RECORD_KIND_LABELS,
  type RecordByKind,
  type RecordKind,
} from '../../domain/records';
import { recordTitle } from '../../domain/recordSearchInput';
import { db } from '../database';
import { donorMemberNames } from '../donorMemberNames';
import { currentOperator } from '../operatorContext';
import { toRow } from '../rows';
import { nextHistory } from '../../domain/revisionHistory';
import { adjustCount } from '../recordCounts';
import { adjustYearCounts, isYearCounted } from '../yearCounts';
import { publishSearchChange } from '../searchChanges';
import { DuplicateRecordError, RecordValidationError } from './recordErrors';
import { parseInput, searchDocMaker } from './recordRepository';
import { pushUndoStep } from './undoStack';

export interface BulkEntry {
  /** Keep a known id (sample data, imports); a new one is made otherwise. */
  id?: string;
  input: unknown;
}

export interface BulkOptions {
  sample?: boolean;
  /**
   * Tell the search worker after the write (default). A caller running this inside its own
   * transaction says false, and tells the worker once that transaction has committed.
   */
  publish?: boolean;
  /**
   * File the batch as ONE undo step (a paste): 撤销 turns every record into a tombstone, 重做
   * brings them back. Like any new change it forgets the redo stack.
   */
  undoable?: boolean;
}

/**
 * 导入 many records of one kind in one transaction: all or nothing. Every record is validated
 * first; one bad row refuses the whole batch with its row number. Each record gets its search keys;
 * the batch gets one `import` audit entry listing them. Imports are not undone step by step; a
 * paste asks (`undoable`) to be undone as one step.
 */
export async function bulkCreateRecords<K extends RecordKind>(
  kind: K,
  entries: readonly BulkEntry[],
  options: BulkOptions = {},
): Promise<RecordByKind[K][]> {
  await loadSearchKeysBuilder(); // the search entries are made with the records
  const now = new Date().toISOString();
  const operator = currentOperator();
  const records = entries.map((entry, index) => {
    try {
      const value = parseInput(kind, entry.input);
      return {
        ...value,
        id: entry.id ?? crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        rev: 1,
        deletedAt: null,
        ...(options.sample ? { sample: true } : {}),
      } as RecordByKind[K];
    } catch (error) {
      if (error instanceof RecordValidationError) {
        throw new RecordValidationError(
          error.issues.map((issue) => ({
            ...issue,
            message: `第${index + 1}条：${issue.message}`,
          })),
        );
      }
      throw error;
    }
  });
  const searchDocOf = searchDocMaker();
  // Read beside the records, not in the write's transaction: the members a paste names are stored.
  const memberName = await donorMemberNames(db(), kind, records);
  const docs = records.map((record) => searchDocOf(kind, record, memberName));
  // One entry for the batch: an import is one operation to the user, and a line per record would
  // double the cost of importing.
  const audit = batchAuditEntry({
    at: now,
    operator,
    action: 'import',
    kind,
    recordIds: records.map((record) => record.id),
    // The sample is said to be the sample: 载入示例委员 53 条 is not taken for a real import.
    summary: options.sample
      ? `载入示例${RECORD_KIND_LABELS[kind]} ${records.length} 条`
      : importSummary(
          RECORD_KIND_LABELS[kind],
          records.length,
          records[0] ? recordTitle(kind, records[0], memberName) : '',
        ),
    after: { count: records.length },
  });

  const database = db();
  await database.transaction(
    'rw',
    [
      database.tableOf(kind),
      database.searchDocs,
      database.audit,
      database.recordCounts,
      database.yearCounts,
      database.undo,
    ],
    async () => {
      // bulkAdd, not bulkPut: an id that is already taken aborts the batch instead of replacing
      // a record (and its history) silently.
      const rows = records.map((record) => ({
        ...toRow(kind, record),
        _revs: nextHistory(record.rev, undefined),
      }));
      try {
        await database.tableOf(kind).bulkAdd(rows);
      } catch (error) {
        if (!(error instanceof Dexie.BulkError)) throw error;
        const position = Number(Object.keys(error.failuresByPos)[0] ?? 0);
        throw new DuplicateRecordError(RECORD_KIND_LABELS[kind], position + 1);
      }
      await adjustCount(database, kind, records.length);
      if (isYearCounted(kind)) await adjustYearCounts(database, kind, [], rows);
      await database.searchDocs.bulkPut(docs);
      if (records.length > 0) await database.audit.add(audit);
      if (options.undoable && records.length > 0) {
        await pushUndoStep(database, {
          stack: 'undo',
          auditId: audit.id,
          kind,
          recordId: audit.recordId,
          summary: audit.summary,
          before: null,
          after: null,
          batch: {
            recordIds: records.map((record) => record.id),
            leftRevs: Object.fromEntries(records.map((record) => [record.id, record.rev])),
          },
        });
      }
    },
  );
  if (options.publish !== false) publishSearchChange({ type: 'upsert', docs });
  return records;
}
