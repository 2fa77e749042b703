import Dexie from 'dexie';
import type { MemberName } from '../../domain/donations/donationDonors';
import type { SearchDoc } from '../../domain/search/searchKeys';
import { recordSearchInput, recordTitle } from '../../domain/recordSearchInput';
import {
  auditSummary,
  FIELD_LABELS,
  fieldLabel,
  RECORD_KIND_LABELS,
  validateInput,
  type AuditEntry,
  type InputByKind,
  type RecordByKind,
  type RecordKind,
  type RecordSnapshot,
} from '../../domain/records';
import { db } from '../database';
import type { DutyLedgerDb } from '../DutyLedgerDb';
import { donorMemberNames, memberNameChanged } from '../donorMemberNames';
import { currentOperator } from '../operatorContext';
import { fromRow, toRow, type StoredRow } from '../rows';
import { nextHistory } from '../../domain/revisionHistory';
import { adjustCount } from '../recordCounts';
import { adjustYearCounts, isYearCounted } from '../yearCounts';
import { loadedSearchKeysBuilder, loadSearchKeysBuilder } from '../searchKeysBuilder';
import { publishSearchChange } from '../searchChanges';
import { RecordNotFoundError, RecordValidationError, StaleRecordError } from './recordErrors';
import { pushUndoStep } from './undoStack';

/** Validates form input, or throws RecordValidationError naming each field. Nothing is written. */
export function parseInput<K extends RecordKind>(kind: K, input: unknown): InputByKind[K] {
  const result = validateInput(kind, input);
  if (!result.ok) throw new RecordValidationError(result.issues);
  return result.value as InputByKind[K];
}

/**
 * Makes records' search entries; awaited once, then used for as many records as there are.
 * `memberName` names the members who gave a donation (donorMemberNames).
 */
export type SearchDocMaker = <K extends RecordKind>(
  kind: K,
  record: RecordByKind[K],
  memberName?: MemberName,
) => SearchDoc;

/** The search-entry maker, its code loaded before the write's transaction (searchKeysBuilder). */
export function searchDocMaker(): SearchDocMaker {
  const build = loadedSearchKeysBuilder();
  return (kind, record, memberName) => build(recordSearchInput(kind, record, memberName));
}

/** 新建: one transaction writes the record, its search keys, the audit entry and the undo step. */
export async function createRecord<K extends RecordKind>(
  kind: K,
  input: unknown,
): Promise<RecordByKind[K]> {
  const value = parseInput(kind, input);
  const now = new Date().toISOString();
  const record = {
    ...value,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    rev: 1,
    deletedAt: null,
  } as RecordByKind[K];
  await writeChange(kind, 'create', null, record);
  return record;
}

/**
 * 修改: saves against the revision the caller read. A record changed since (another window, an
 * undo, an import) is refused with StaleRecordError carrying the current record, and nothing is
 * written.
 */
export async function updateRecord<K extends RecordKind>(
  kind: K,
  id: string,
  input: unknown,
  expectedRev: number,
): Promise<RecordByKind[K]> {
  const value = parseInput(kind, input);
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  return database.transaction('rw', changeTables(database), async () => {
    const before = await loadLive(database, kind, id);
    assertRev(kind, before, expectedRev);
    const after = {
      ...(value as object),
      id,
      createdAt: before.createdAt,
      updatedAt: new Date().toISOString(),
      rev: before.rev + 1,
      deletedAt: null,
      ...(before.sample ? { sample: true } : {}),
    } as RecordByKind[K];
    await applyChange(database, kind, 'update', before, after);
    return after;
  });
}

/**
 * 删除: a tombstone, so the deletion survives a merge; undo or 恢复 brings it back. Refused, like
 * an update, when the record moved on since `expectedRev` was read.
 */
export async function deleteRecord(
  kind: RecordKind,
  id: string,
  expectedRev: number,
): Promise<void> {
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  await database.transaction('rw', changeTables(database), async () => {
    const before = await loadLive(database, kind, id);
    assertRev(kind, before, expectedRev);
    const now = new Date().toISOString();
    await applyChange(database, kind, 'delete', before, {
      ...before,
      deletedAt: now,
      updatedAt: now,
      rev: before.rev + 1,
    });
  });
}

/** 恢复 a deleted record, against the revision of the tombstone the caller read. */
export async function restoreRecord(
  kind: RecordKind,
  id: string,
  expectedRev: number,
): Promise<void> {
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  await database.transaction('rw', changeTables(database), async () => {
    const row = await database.tableOf(kind).get(id);
    if (!row) throw new RecordNotFoundError(RECORD_KIND_LABELS[kind]);
    const before = fromRow<RecordKind>(row);
    assertRev(kind, before, expectedRev);
    if (!before.deletedAt) return;
    await applyChange(database, kind, 'restore', before, {
      ...before,
      deletedAt: null,
      updatedAt: new Date().toISOString(),
      rev: before.rev + 1,
    });
  });
}

/** A live (not deleted) record by id, or undefined. */
export async function getRecord<K extends RecordKind>(
  kind: K,
  id: string,
): Promise<RecordByKind[K] | undefined> {
  const row = await db().tableOf(kind).get(id);
  return row && !row.deletedAt ? fromRow<K>(row) : undefined;
}

/** A record as stored, a tombstone too (a form shows that its record was deleted), or undefined. */
export async function getStoredRecord<K extends RecordKind>(
  kind: K,
  id: string,
): Promise<RecordByKind[K] | undefined> {
  const row = await db().tableOf(kind).get(id);
  return row ? fromRow<K>(row) : undefined;
}

/** The tables every single change touches. */
export function changeTables(database: DutyLedgerDb) {
  return [
    database.members,
    database.activities,
    database.donations,
    database.campaigns,
    database.studios,
    database.audit,
    database.undo,
    database.searchDocs,
    database.recordCounts,
    database.yearCounts,
  ];
}

async function writeChange<K extends RecordKind>(
  kind: K,
  action: AuditEntry['action'],
  before: RecordByKind[K] | null,
  after: RecordByKind[K],
): Promise<void> {
  const database = db();
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  await database.transaction('rw', changeTables(database), () =>
    applyChange(database, kind, action, before, after),
  );
}

/** Refuses a write based on a revision that is no longer the record's. */
function assertRev(kind: RecordKind, current: RecordByKind[RecordKind], expectedRev: number): void {
  if (current.rev !== expectedRev) {
    throw new StaleRecordError(RECORD_KIND_LABELS[kind], current as Record<string, unknown>);
  }
}

async function loadLive<K extends RecordKind>(
  database: DutyLedgerDb,
  kind: K,
  id: string,
): Promise<RecordByKind[K]> {
  const row = await database.tableOf(kind).get(id);
  if (!row || row.deletedAt) throw new RecordNotFoundError(RECORD_KIND_LABELS[kind]);
  return fromRow<K>(row);
}

/**
 * Writes one change inside the caller's transaction: the record, its search keys, the audit entry
 * and a fresh undo step (which empties the redo stack). The search worker hears of it after commit.
 */
async function applyChange<K extends RecordKind>(
  database: DutyLedgerDb,
  kind: K,
  action: AuditEntry['action'],
  before: RecordByKind[K] | null,
  after: RecordByKind[K],
): Promise<void> {
  const memberName = await donorMemberNames(database, kind, [after]);
  const entry = auditEntryFor(kind, action, before, after, { memberName });
  await writeRecordState(database, kind, after);
  await database.audit.add(entry);
  await pushUndoStep(database, {
    stack: 'undo',
    auditId: entry.id,
    kind,
    recordId: after.id,
    summary: entry.summary,
    before: entry.before,
    after: entry.after,
    leftRev: after.rev,
  });
}

/**
 * Puts the record and keeps its search keys and the live count in step: a deleted record leaves
 * the index and the count. `history` is the version history to keep (an imported version keeps
 * the one it came with); without it the record gets a new version on top of the stored one.
 */
export async function writeRecordState<K extends RecordKind>(
  database: DutyLedgerDb,
  kind: K,
  record: RecordByKind[K],
  history?: string[],
): Promise<void> {
  const table = database.tableOf(kind);
  const old = await table.get(record.id);
  const row = { ...toRow(kind, record), _revs: history ?? nextHistory(record.rev, old) };
  await table.put(row);
  await adjustCount(database, kind, liveness(record) - liveness(old));
  if (isYearCounted(kind)) {
    await adjustYearCounts(database, kind, [old], [row]);
  }
  if (record.deletedAt) {
    await database.searchDocs.delete(record.id);
    afterCommit(() => publishSearchChange({ type: 'remove', ids: [record.id] }));
  } else {
    const memberName = await donorMemberNames(database, kind, [record]);
    const doc = searchDocMaker()(kind, record, memberName);
    await database.searchDocs.put(doc);
    afterCommit(() => publishSearchChange({ type: 'upsert', docs: [doc] }));
  }
  if (kind === 'member' && memberNameChanged(old, record)) {
    await retitleDonationsOf(database, [record.id]);
  }
}

/**
 * Makes the search entries of the live donations `memberIds` gave again: a member's name is in
 * their titles (黄家豪捐赠 …), so a member renamed, deleted or restored changes them. A chain of
 * Dexie's promises, not an async function: awaited as the last step of a write, one more plain
 * promise in between lets the transaction commit before the write is done.
 */
function retitleDonationsOf(database: DutyLedgerDb, memberIds: readonly string[]): Promise<void> {
  return database.donations
    .where('_memberIds')
    .anyOf(memberIds)
    .distinct()
    .toArray()
    .then((rows) => {
      const donations = rows.filter((row) => !row.deletedAt).map((row) => fromRow<'donation'>(row));
      return donorMemberNames(database, 'donation', donations).then((memberName) => {
        const searchDocOf = searchDocMaker();
        const docs = donations.map((donation) => searchDocOf('donation', donation, memberName));
        if (docs.length > 0) afterCommit(() => publishSearchChange({ type: 'upsert', docs }));
        return database.searchDocs.bulkPut(docs);
      });
    })
    .then(() => undefined);
}

/**
 * {@link writeRecordState} for many records of one kind at once (a 交接包 import): one read of
 * the rows they replace (none when the caller passes the rows it read in this transaction), one
 * write of the rows, of the search entries, of the count and of the per-year counts.
 */
export async function writeRecordStates<K extends RecordKind>(
  database: DutyLedgerDb,
  kind: K,
  states: readonly { record: RecordByKind[K]; history?: string[] | undefined }[],
  rowsRead?: readonly (StoredRow | undefined)[],
): Promise<void> {
  if (states.length === 0) return;
  const table = database.tableOf(kind);
  const olds = rowsRead ?? (await table.bulkGet(states.map((state) => state.record.id)));
  const searchDocOf = searchDocMaker();
  const memberName = await donorMemberNames(
    database,
    kind,
    states.map((state) => state.record),
  );
  let delta = 0;
  const removed: string[] = [];
  const docs: SearchDoc[] = [];
  const rows = states.map(({ record, history }, i) => {
    const old = olds[i];
    delta += liveness(record) - liveness(old);
    if (record.deletedAt) removed.push(record.id);
    else docs.push(searchDocOf(kind, record, memberName));
    return { ...toRow(kind, record), _revs: history ?? nextHistory(record.rev, old) };
  });
  await table.bulkPut(rows);
  await adjustCount(database, kind, delta);
  if (isYearCounted(kind)) await adjustYearCounts(database, kind, olds, rows);
  if (removed.length > 0) {
    await database.searchDocs.bulkDelete(removed);
    afterCommit(() => publishSearchChange({ type: 'remove', ids: removed }));
  }
  if (docs.length > 0) {
    await database.searchDocs.bulkPut(docs);
    afterCommit(() => publishSearchChange({ type: 'upsert', docs }));
  }
  const renamed =
    kind === 'member'
      ? states.flatMap(({ record }, i) => (memberNameChanged(olds[i], record) ? [record.id] : []))
      : [];
  if (renamed.length > 0) await retitleDonationsOf(database, renamed);
}

/**
 * Removes records' rows outright, with their search entries, the count and the per-year counts:
 * only for the 撤销 of a 交接包 import that brought them, so that this install is again as if it
 * never had them. One read of the rows (none when the caller passes the rows it read in this
 * transaction) and one delete.
 */
export async function removeRecordStates(
  database: DutyLedgerDb,
  kind: RecordKind,
  ids: readonly string[],
  rowsRead?: readonly (StoredRow | undefined)[],
): Promise<void> {
  if (ids.length === 0) return;
  const table = database.tableOf(kind);
  const olds = (rowsRead ?? (await table.bulkGet([...ids]))).filter(
    (row): row is StoredRow => row !== undefined,
  );
  if (olds.length === 0) return;
  const gone = olds.map((row) => row.id);
  await table.bulkDelete(gone);
  await adjustCount(database, kind, -olds.reduce((sum, row) => sum + liveness(row), 0));
  if (isYearCounted(kind)) await adjustYearCounts(database, kind, olds, []);
  await database.searchDocs.bulkDelete(gone);
  afterCommit(() => publishSearchChange({ type: 'remove', ids: gone }));
  if (kind === 'member') await retitleDonationsOf(database, gone);
}

function liveness(row: { deletedAt?: string | null | undefined } | undefined): number {
  return row && !row.deletedAt ? 1 : 0;
}

/** How an audit entry is worded: a prefix (the batch it belongs to), the members who gave named. */
export interface AuditWording {
  prefix?: string;
  /** Names the members who gave a donation, as search names them (donorMemberNames). */
  memberName?: MemberName | undefined;
}

export function auditEntryFor<K extends RecordKind>(
  kind: K,
  action: AuditEntry['action'],
  before: RecordByKind[K] | null,
  after: RecordByKind[K],
  { prefix = '', memberName }: AuditWording = {},
): AuditEntry {
  const changed = action === 'update' && before ? changedLabels(kind, before, after) : [];
  const title = recordTitle(kind, after, memberName);
  return {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    operator: currentOperator(),
    action,
    kind,
    recordId: after.id,
    summary: prefix + auditSummary(action, RECORD_KIND_LABELS[kind], title, changed),
    before: before as RecordSnapshot | null,
    after: after as RecordSnapshot,
  };
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'deletedAt', 'sample']);

function changedLabels(kind: RecordKind, before: object, after: object): string[] {
  const a = before as RecordSnapshot;
  const b = after as RecordSnapshot;
  // In the order the form shows them, then anything else.
  const formOrder = Object.keys(FIELD_LABELS[kind]);
  const keys = [...new Set([...formOrder, ...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((key) => !BOOKKEEPING.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => fieldLabel(kind, [key]));
}

/**
 * Runs `fn` once the current Dexie transaction commits (immediately outside one), so that the
 * search worker never hears of a write that was rolled back.
 */
function afterCommit(fn: () => void): void {
  const tx = Dexie.currentTransaction;
  if (!tx) {
    fn();
    return;
  }
  tx.on('complete', fn);
}
