import type { Collection, IndexableType, Table } from 'dexie';
import type { RecordByKind, RecordKind } from '../domain/records';
import { db } from './database';
import { countRecords } from './recordCounts';
import { fromRow, type StoredRow } from './rows';

/** The index a list is read in, and which way. */
export interface ListOrder {
  /** An index every live record of the kind has a key in (`_dateKey`, `updatedAt`, `type`…). */
  index: string;
  descending: boolean;
}

/** Field → value a list keeps; a list field (`studioIds`) keeps the records that contain it. */
export type ListFilters = Readonly<Record<string, string>>;

/** What a list shows: one kind, in one order, narrowed by filters. */
export interface ListQuery {
  kind: RecordKind;
  order: ListOrder;
  filters: ListFilters;
}

/** Where a page starts: after the record `id` whose key in the order index is `key`. */
export interface PageCursor {
  key: IndexableType;
  id: string;
  /** Start at that record rather than after it (the record a search opened). */
  inclusive?: boolean;
}

export interface RecordPage<K extends RecordKind> {
  records: RecordByKind[K][];
  /** Where a page after each record would start (the order index drops off the records). */
  cursors: PageCursor[];
  /** Where the next page starts; null when this page reached the end. */
  next: PageCursor | null;
}

/** Each kind's default order: dated records newest first, the others last changed first. */
export function defaultOrder(kind: RecordKind): ListOrder {
  const dated = kind === 'activity' || kind === 'donation';
  return { index: dated ? '_dateKey' : 'updatedAt', descending: true };
}

/**
 * One keyset page of a list: up to `limit` live records that pass the filters, in index order,
 * after `after` (from the start when null). Reads along the order index only as far as the page
 * needs; records sharing the cursor's key are ordered by id, as IndexedDB orders them.
 */
export async function readRecordPage<K extends RecordKind>(
  query: ListQuery,
  after: PageCursor | null,
  limit: number,
): Promise<RecordPage<K>> {
  const table = db().tableOf(query.kind);
  const { index, descending } = query.order;
  const keep = matcher(query.filters);
  const rows: StoredRow[] = [];
  if (after) rows.push(...(await tiesAfter(table, query.order, after, keep, limit)));
  if (rows.length < limit) {
    const beyond = after
      ? descending
        ? table.where(index).below(after.key)
        : table.where(index).above(after.key)
      : table.orderBy(index);
    const ordered = descending ? beyond.reverse() : beyond;
    rows.push(
      ...(await ordered
        .filter(keep)
        .limit(limit - rows.length)
        .toArray()),
    );
  }
  const last = rows[rows.length - 1];
  return {
    records: rows.map((row) => fromRow<K>(row)),
    cursors: rows.map((row) => cursorAfter(row, index)),
    next: rows.length < limit || !last ? null : cursorAfter(last, index),
  };
}

/** The cursor just after `row` in the order of `index`. */
export function cursorAfter(row: StoredRow, index: string): PageCursor {
  return { key: (row as unknown as Record<string, IndexableType>)[index]!, id: row.id };
}

/** The cursor a page starting at the record `id` begins from; null when there is no such record. */
export async function cursorAt(query: ListQuery, id: string): Promise<PageCursor | null> {
  const row = await db().tableOf(query.kind).get(id);
  return row ? { ...cursorAfter(row, query.order.index), inclusive: true } : null;
}

/**
 * How many records the list holds: the kept count when nothing is filtered; otherwise the
 * records read through the first indexed filter's index (all of them when no filter is indexed).
 */
export async function countListed(query: ListQuery): Promise<number> {
  const entries = Object.entries(query.filters);
  if (entries.length === 0) return countRecords(query.kind);
  return narrowed(db().tableOf(query.kind), query.filters).count();
}

/**
 * Where the record `id` stands in the list (0 first), counted through the order index without
 * reading the records before it when nothing is filtered; null when the list does not hold it.
 */
export async function positionInList(query: ListQuery, id: string): Promise<number | null> {
  const table = db().tableOf(query.kind);
  const row = await table.get(id);
  const keep = matcher(query.filters);
  if (!row || !keep(row)) return null;
  const { index, descending } = query.order;
  const key = (row as unknown as Record<string, IndexableType>)[index];
  if (key === undefined) return null;
  const ahead = descending ? table.where(index).above(key) : table.where(index).below(key);
  const tiesAhead = (await table.where(index).equals(key).primaryKeys()).filter((pk) =>
    descending ? pk > id : pk < id,
  );
  if (Object.keys(query.filters).length > 0) {
    const tieRows = await table.bulkGet(tiesAhead);
    return (
      (await ahead.filter(keep).count()) +
      tieRows.filter((tie): tie is StoredRow => tie !== undefined && keep(tie)).length
    );
  }
  // Tombstones stay in the index: take away the deleted records ahead (there are few).
  const deleted = await table.where('deletedAt').above('').toArray();
  const tied = new Set(tiesAhead);
  const deletedAhead = deleted.filter((d) => {
    const dKey = (d as unknown as Record<string, IndexableType>)[index];
    if (dKey === undefined) return false;
    return tied.has(d.id) || (descending ? dKey > key : dKey < key);
  }).length;
  return (await ahead.count()) + tiesAhead.length - deletedAhead;
}

/** The records sharing the cursor's key that come after it (or from it, when inclusive). */
async function tiesAfter(
  table: Table<StoredRow, string>,
  order: ListOrder,
  after: PageCursor,
  keep: (row: StoredRow) => boolean,
  limit: number,
): Promise<StoredRow[]> {
  const ids = await table.where(order.index).equals(after.key).primaryKeys();
  if (order.descending) ids.reverse();
  const rest = ids.filter((id) =>
    after.inclusive
      ? order.descending
        ? id <= after.id
        : id >= after.id
      : order.descending
        ? id < after.id
        : id > after.id,
  );
  const out: StoredRow[] = [];
  // Read the ties a page at a time: a bulk import gives thousands the same `updatedAt`.
  for (let start = 0; start < rest.length && out.length < limit; start += limit) {
    const rows = await table.bulkGet(rest.slice(start, start + limit));
    for (const row of rows) {
      if (row && keep(row) && out.length < limit) out.push(row);
    }
  }
  return out;
}

/** The live rows passing the filters, read through an indexed filter's index when there is one. */
function narrowed(
  table: Table<StoredRow, string>,
  filters: ListFilters,
): Collection<StoredRow, string> {
  const indexed = new Set(table.schema.indexes.map((i) => i.name));
  const through = Object.entries(filters).find(([field]) => indexed.has(field));
  const keep = matcher(filters);
  const start = through ? table.where(through[0]).equals(through[1]) : table.toCollection();
  return start.filter(keep);
}

/** Whether a stored row is live and passes every filter. */
export function matcher(filters: ListFilters): (row: StoredRow) => boolean {
  const entries = Object.entries(filters);
  return (row) => {
    if (row.deletedAt) return false;
    const fields = row as unknown as Record<string, unknown>;
    return entries.every(([field, wanted]) => {
      const value = fields[field];
      return Array.isArray(value) ? value.includes(wanted) : value === wanted;
    });
  };
}
