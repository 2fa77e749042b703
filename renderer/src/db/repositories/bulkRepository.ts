import {
  auditSummary,
  RECORD_KIND_LABELS,
  type AuditEntry,
  type RecordByKind,
  type RecordKind,
} from '../../domain/records';
import { recordTitle } from '../../domain/recordSearchInput';
import { db } from '../database';
import { currentOperator } from '../operatorContext';
import { toRow } from '../rows';
import { publishSearchChange } from '../searchChanges';
import { RecordValidationError } from './recordErrors';
import { parseInput, searchDocOf } from './recordRepository';

export interface BulkEntry {
  /** Keep a known id (sample data, imports); a new one is made otherwise. */
  id?: string;
  input: unknown;
}

export interface BulkOptions {
  sample?: boolean;
}

/**
 * 导入 many records of one kind in one transaction: all or nothing. Every record is validated
 * first; one bad row refuses the whole batch with its row number. Each record gets its search keys
 * and an `import` audit entry; imports are not undone step by step.
 */
export async function bulkCreateRecords<K extends RecordKind>(
  kind: K,
  entries: readonly BulkEntry[],
  options: BulkOptions = {},
): Promise<RecordByKind[K][]> {
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
  const docs = records.map((record) => searchDocOf(kind, record));
  const audit: AuditEntry[] = records.map((record) => ({
    id: crypto.randomUUID(),
    at: now,
    operator,
    action: 'import',
    kind,
    recordId: record.id,
    summary: auditSummary('import', RECORD_KIND_LABELS[kind], recordTitle(kind, record)),
    before: null,
    // Only a reference: the row itself is revision 1, and the next update's `before` keeps it.
    // Copying every imported record into the log would double the cost of an import.
    after: { id: record.id, rev: record.rev },
  }));
  const database = db();
  await database.transaction(
    'rw',
    [database.tableOf(kind), database.searchDocs, database.audit],
    async () => {
      await database.tableOf(kind).bulkPut(records.map((record) => toRow(kind, record)));
      await database.searchDocs.bulkPut(docs);
      await database.audit.bulkAdd(audit);
    },
  );
  publishSearchChange({ type: 'upsert', docs });
  return records;
}
