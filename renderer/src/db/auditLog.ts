import { recordTitle } from '../domain/recordSearchInput';
import {
  AUDIT_ACTIONS,
  AUDIT_KINDS,
  RECORD_KINDS,
  type AuditAction,
  type AuditEntry,
  type AuditKind,
  type RecordKind,
} from '../domain/records';
import { db } from './database';
import { fromRow } from './rows';

/** What the 操作记录 page narrows the log to; every part is optional. */
export interface AuditFilter {
  /** Part of the 经办人's name. */
  operator?: string;
  kind?: AuditKind;
  action?: AuditAction;
  /** Local calendar days, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  /**
   * Part of the summary line (a name, a title, a field's label), or of the name of a record an
   * import (or another batch) wrote, as its entry lists them.
   */
  text?: string;
}

/** One page of the log, newest first, and how many entries match in all. */
export interface AuditPage {
  entries: AuditEntry[];
  total: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter kept in the page's URL query; anything malformed there is left out, not guessed. */
export function auditFilterFromQuery(query: Readonly<Record<string, string>>): AuditFilter {
  const filter: AuditFilter = {};
  if (query.operator?.trim()) filter.operator = query.operator.trim();
  if (query.text?.trim()) filter.text = query.text.trim();
  if (AUDIT_KINDS.includes(query.kind as AuditKind)) filter.kind = query.kind as AuditKind;
  if (AUDIT_ACTIONS.includes(query.action as AuditAction)) {
    filter.action = query.action as AuditAction;
  }
  if (query.from && DAY.test(query.from)) filter.from = query.from;
  if (query.to && DAY.test(query.to)) filter.to = query.to;
  return filter;
}

/** The start of a local calendar day as the log's ISO timestamps write it. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

/**
 * One page of the 操作记录, newest first. The days go through the `at` index, so a short range
 * reads only its entries; the other parts are checked on the entries in that range.
 */
export async function readAuditPage(
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<AuditPage> {
  const lower = filter.from ? startOfLocalDay(filter.from) : '';
  const upper = filter.to ? startOfLocalDay(filter.to, 1) : '\uffff';
  const operator = filter.operator?.toLowerCase();
  const text = filter.text?.toLowerCase();
  const matchesOtherParts = (entry: AuditEntry) =>
    (!filter.kind || entry.kind === filter.kind) &&
    (!filter.action || entry.action === filter.action) &&
    (!operator || entry.operator.toLowerCase().includes(operator));
  const range = () => db().audit.where('at').between(lower, upper, true, false);
  const database = db();
  const tables = [database.audit, ...RECORD_KINDS.map((kind) => database.tableOf(kind))];
  return database.transaction('r', tables, async () => {
    const naming = text
      ? await batchesNaming(
          await range()
            .filter((entry) => Boolean(entry.recordIds?.length) && matchesOtherParts(entry))
            .toArray(),
          text,
        )
      : new Set<string>();
    const matches = (entry: AuditEntry) =>
      matchesOtherParts(entry) &&
      (!text || entry.summary.toLowerCase().includes(text) || naming.has(entry.id));
    const inRange = () => range().reverse().filter(matches);
    const total = await inRange().count();
    const entries = await inRange()
      .offset(page * pageSize)
      .limit(pageSize)
      .toArray();
    return { entries, total };
  });
}

/**
 * The ids of the batch entries (an import, its undo, the sample loaded) that wrote a record whose
 * name holds `text` (lower case): the names the entry lists when opened. One bulk read of the
 * entry's own kind each.
 */
async function batchesNaming(batches: readonly AuditEntry[], text: string): Promise<Set<string>> {
  const naming = new Set<string>();
  for (const entry of batches) {
    if (!entry.recordIds || !isRecordKind(entry.kind)) continue;
    const kind = entry.kind;
    const rows = await db().tableOf(kind).bulkGet(entry.recordIds);
    const named = rows.some(
      (row) =>
        row !== undefined &&
        recordTitle(kind, fromRow<RecordKind>(row)).toLowerCase().includes(text),
    );
    if (named) naming.add(entry.id);
  }
  return naming;
}

function isRecordKind(kind: AuditKind): kind is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(kind);
}

/** The latest `count` entries of the log, newest first: the end of the `at` index, nothing else read. */
export function readLatestAudit(count: number): Promise<AuditEntry[]> {
  return db().audit.orderBy('at').reverse().limit(count).toArray();
}
