import {
  RECORD_KIND_LABELS,
  transitionAction,
  type AuditEntry,
  type RecordKind,
  type RecordSnapshot,
} from '../../domain/records';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import { recordTitle } from '../../domain/recordSearchInput';
import { db } from '../database';
import { donorMemberNames } from '../donorMemberNames';
import type { BatchChange } from '../DutyLedgerDb';
import { fromRow } from '../rows';
import { RecordValidationError } from './recordErrors';
import { auditEntryFor, changeTables, parseInput, writeRecordState } from './recordRepository';
import { pushBatchChangesStep } from './undoStack';

/** One record a batch changes, against the revision the caller read. */
export interface PlannedChange {
  kind: RecordKind;
  id: string;
  /** The revision the caller read; null for a record the batch creates. */
  baseRev: number | null;
  /** The record's fields after the change (bookkeeping is filled in here), or a deletion. */
  after: Readonly<Record<string, unknown>> | 'delete';
}

/**
 * Records that changed (or went) after the caller read them: the batch was refused and nothing
 * was written. `titles` name each one, e.g. 履职活动“郴州考察”.
 */
export class BatchStaleError extends Error {
  constructor(readonly titles: readonly string[]) {
    super(`${titles.join('、')}在您读取之后已被修改或删除，整批没有保存；请重新选择后再试`);
    this.name = 'BatchStaleError';
  }
}

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'rev', 'deletedAt', 'sample'] as const;

/**
 * Writes many changes of several kinds (updates, creates, deletions) in ONE transaction, as one
 * operation: each record is checked against the revision the caller read (any that moved on
 * refuses the whole batch with BatchStaleError) and validated (a bad one refuses it with
 * RecordValidationError naming the record); then every record gets its new revision and its
 * audit entry, and the batch ONE undo step that 撤销 and 重做 move as a whole.
 */
export async function applyRecordChanges(
  summary: string,
  planned: readonly PlannedChange[],
): Promise<void> {
  if (planned.length === 0) return;
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  await database.transaction('rw', changeTables(database), async () => {
    const now = new Date().toISOString();
    const stale: string[] = [];
    const changes: BatchChange[] = [];
    for (const plan of planned) {
      const row = await database.tableOf(plan.kind).get(plan.id);
      const before = row ? (fromRow<RecordKind>(row) as unknown as RecordSnapshot) : null;
      const expectedLive = plan.baseRev !== null;
      if (
        (expectedLive && (!before || before.deletedAt || before.rev !== plan.baseRev)) ||
        (!expectedLive && before)
      ) {
        stale.push(named(plan.kind, before ?? (plan.after === 'delete' ? {} : plan.after)));
        continue;
      }
      changes.push({ kind: plan.kind, id: plan.id, before, after: nextOf(plan, before, now) });
    }
    if (stale.length > 0) throw new BatchStaleError(stale);

    const entries: AuditEntry[] = [];
    for (const change of changes) {
      await writeRecordState(database, change.kind, change.after as never);
      const action = transitionAction(change.before, change.after);
      const memberName = await donorMemberNames(database, change.kind, [change.after]);
      entries.push(
        auditEntryFor(change.kind, action, change.before as never, change.after as never, {
          prefix: `${summary}：`,
          memberName,
        }),
      );
    }
    await database.audit.bulkAdd(entries);
    await pushBatchChangesStep(database, summary, entries[0]!.id, changes);
  });
}

/** The record as the change leaves it: validated fields under the next revision, or a tombstone. */
function nextOf(plan: PlannedChange, before: RecordSnapshot | null, now: string): RecordSnapshot {
  const rev = ((before?.rev as number | undefined) ?? 0) + 1;
  if (plan.after === 'delete') return { ...before, rev, updatedAt: now, deletedAt: now };
  const input: Record<string, unknown> = { ...plan.after };
  for (const key of BOOKKEEPING) delete input[key];
  let value: object;
  try {
    value = parseInput(plan.kind, input);
  } catch (error) {
    if (!(error instanceof RecordValidationError)) throw error;
    const prefix = `${named(plan.kind, before ?? plan.after)}：`;
    throw new RecordValidationError(
      error.issues.map((issue) => ({ ...issue, message: prefix + issue.message })),
    );
  }
  return {
    ...value,
    id: plan.id,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
    rev,
    deletedAt: null,
    ...(before?.sample ? { sample: true } : {}),
  };
}

function named(kind: RecordKind, record: Readonly<Record<string, unknown>>): string {
  let title = '';
  try {
    title = recordTitle(kind, record as never);
  } catch {
    // A record without its title field still gets named by its kind.
  }
  return `${RECORD_KIND_LABELS[kind]}“${title}”`;
}
