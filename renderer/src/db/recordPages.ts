import Dexie, { type Collection, type IndexableType, type Table } from 'dexie';
import type { RecordByKind, RecordKind } from '../domain/records';
import { db } from './database';
import { filterField, rowTest } from './listFilterFields';
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
  const { index } = query.order;
  const keep = await matcher(query.kind, query.filters);
  const path = readPath(table, query);
  // Only tombstones to drop when the path fulfils every filter: read little more than wanted.
  const covered = path.covers.length === Object.keys(query.filters).length;
  const rows: StoredRow[] = [];
  let from = after;
  while (rows.length < limit) {
    if (from) rows.push(...(await tiesAfter(table, query.order, from, keep, limit - rows.length)));
    const wanted = limit - rows.length;
    if (wanted <= 0) break;
    // Read in bulk (one getAll, in either direction) and filter here: a filtered Dexie collection
    // walks a cursor, one round trip to the store per record.
    const batch = covered ? wanted : Math.min(Math.max(wanted * 4, 100), 2000);
    const read = await beyond(table, path, query.order, from?.key ?? null)
      .limit(batch)
      .toArray();
    for (const row of read) {
      if (rows.length < limit && keep(row)) rows.push(row);
    }
    const lastRead = read[read.length - 1];
    if (read.length < batch || !lastRead) break;
    from = cursorAfter(lastRead, index);
  }
  const last = rows[rows.length - 1];
  return {
    records: rows.map((row) => fromRow<K>(row)),
    cursors: rows.map((row) => cursorAfter(row, index)),
    next: rows.length < limit || !last ? null : cursorAfter(last, index),
  };
}

/**
 * How a filtered list is read in its order: along an index that holds only the records of one
 * filter's value (`[type+_dateKey]`, a member's `_memberDates`), each under `[...prefix, key]`,
 * or along the order index itself; between bounds on the order key (a year). `covers` lists the
 * filters the path alone fulfils, so no record outside them is read.
 */
export interface ReadPath {
  index: string;
  prefix: IndexableType[];
  lower: IndexableType;
  upper: IndexableType;
  covers: string[];
}

/** The narrowest path an index offers for the query's filters in its order. */
export function readPath(table: Table<StoredRow, string>, query: ListQuery): ReadPath {
  const indexes = new Set(table.schema.indexes.map((i) => i.name));
  const order = query.order.index;
  const path: ReadPath = {
    index: order,
    prefix: [],
    lower: Dexie.minKey,
    upper: Dexie.maxKey,
    covers: [],
  };
  for (const [key, value] of Object.entries(query.filters)) {
    const field = filterField(query.kind, key);
    const bounds = field.bounds?.(value, order);
    if (bounds && path.covers.every((k) => !filterField(query.kind, k).bounds)) {
      path.lower = bounds.lower;
      path.upper = bounds.upper;
      path.covers.push(key);
      continue;
    }
    const prefixed = field.prefixed?.(value, order);
    if (prefixed && path.prefix.length === 0 && indexes.has(prefixed.index)) {
      path.index = prefixed.index;
      path.prefix = prefixed.prefix;
      path.covers.push(key);
    }
  }
  return path;
}

/** The path's records after the order key `from` (all of them when null), in the list's order. */
export function beyond(
  table: Table<StoredRow, string>,
  path: ReadPath,
  order: ListOrder,
  from: IndexableType | null,
): Collection<StoredRow, string> {
  const key = (k: IndexableType): IndexableType =>
    path.prefix.length ? ([...path.prefix, k] as IndexableType) : k;
  const where = table.where(path.index);
  let range: Collection<StoredRow, string>;
  if (from === null) range = where.between(key(path.lower), key(path.upper), true, false);
  else if (order.descending) range = where.between(key(path.lower), key(from), true, false);
  else range = where.between(key(from), key(path.upper), false, false);
  return order.descending ? range.reverse() : range;
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
 * How many records the list holds: the kept count when nothing is filtered; else counted off the
 * index path of the filters (its keys alone when the path fulfils every filter, less the few
 * tombstones in it), or through the first indexed filter's index.
 */
export async function countListed(query: ListQuery): Promise<number> {
  const entries = Object.entries(query.filters);
  if (entries.length === 0) return countRecords(query.kind);
  const table = db().tableOf(query.kind);
  const path = readPath(table, query);
  const keep = await matcher(query.kind, query.filters);
  if (path.covers.length === 0) return narrowed(table, query.filters, keep).count();
  const range = beyond(table, path, query.order, null);
  if (path.covers.length < entries.length) return range.filter(keep).count();
  const tombstones = await table.where('deletedAt').above('').toArray();
  const passes = await matcher(query.kind, query.filters, true);
  return (await range.count()) - tombstones.filter(passes).length;
}

/**
 * Where the record `id` stands in the list (0 first), counted through the order index without
 * reading the records before it when nothing is filtered; null when the list does not hold it.
 */
export async function positionInList(query: ListQuery, id: string): Promise<number | null> {
  const table = db().tableOf(query.kind);
  const row = await table.get(id);
  const keep = await matcher(query.kind, query.filters);
  if (!row || !keep(row)) return null;
  const { index, descending } = query.order;
  const key = (row as unknown as Record<string, IndexableType>)[index];
  if (key === undefined) return null;
  // Ahead of it in the list's order: beyond it in the opposite direction.
  const back = { index, descending: !descending };
  const ahead = Object.keys(query.filters).length
    ? beyond(table, readPath(table, query), back, key)
    : descending
      ? table.where(index).above(key)
      : table.where(index).below(key);
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
  keep: (row: StoredRow) => boolean,
): Collection<StoredRow, string> {
  const indexed = new Set(table.schema.indexes.map((i) => i.name));
  const through = Object.entries(filters).find(([field]) => indexed.has(field));
  const start = through ? table.where(through[0]).equals(through[1]) : table.toCollection();
  return start.filter(keep);
}

/**
 * Whether a stored row is live (or, with `tombstonesToo`, any row) and passes every filter; a
 * filter on other records (a member's activities of a year) reads them afresh here.
 */
export async function matcher(
  kind: RecordKind,
  filters: ListFilters,
  tombstonesToo = false,
): Promise<(row: StoredRow) => boolean> {
  const tests = await Promise.all(
    Object.entries(filters).map(([key, value]) => rowTest(filterField(kind, key), value)),
  );
  return (row) => (tombstonesToo || !row.deletedAt) && tests.every((passes) => passes(row));
}

/** Every record the list holds, in its order, read a page at a time along its index path (全选). */
export async function readAllListed<K extends RecordKind>(
  query: ListQuery,
): Promise<RecordByKind[K][]> {
  const out: RecordByKind[K][] = [];
  let after: PageCursor | null = null;
  do {
    const page: RecordPage<K> = await readRecordPage<K>(query, after, 500);
    out.push(...page.records);
    after = page.next;
  } while (after);
  return out;
}
