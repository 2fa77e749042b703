import { cmp, type IndexableType } from 'dexie';
import { db } from '../../../db/database';
import { beyond, matcher, readPath, type ListQuery } from '../../../db/recordPages';
import { fromRow, type StoredRow } from '../../../db/rows';
import type { RecordByKind, RecordKind } from '../../../domain/records';

const CHUNK = 2_000;

/**
 * Every record a list holds, in the list's order (as its keyset pages give them), for an export
 * that reads the list through. Each chunk is one plain range read along the list's index path
 * (IndexedDB's getAll), the filters applied here: a filtered Dexie collection would step a cursor
 * record by record instead, several times slower. Records sharing the order key at a chunk's end
 * are read together, so that none is read twice or skipped.
 */
export async function* listedRecords<K extends RecordKind>(
  query: ListQuery,
  chunk = CHUNK,
): AsyncGenerator<RecordByKind[K]> {
  const table = db().tableOf(query.kind);
  const path = readPath(table, query);
  const keep = await matcher(query.kind, query.filters);
  const orderKey = (row: StoredRow): IndexableType =>
    (row as unknown as Record<string, IndexableType>)[query.order.index]!;
  const pathKey = (key: IndexableType): IndexableType =>
    path.prefix.length ? ([...path.prefix, key] as IndexableType) : key;
  function* kept(rows: readonly StoredRow[]): Generator<RecordByKind[K]> {
    for (const row of rows) if (keep(row)) yield fromRow<K>(row);
  }

  let from: IndexableType | null = null;
  for (;;) {
    const rows = await beyond(table, path, query.order, from).limit(chunk).toArray();
    if (rows.length < chunk) {
      yield* kept(rows);
      return;
    }
    const last = orderKey(rows[rows.length - 1]!);
    let cut = rows.length;
    while (cut > 0 && cmp(orderKey(rows[cut - 1]!), last) === 0) cut--;
    yield* kept(rows.slice(0, cut));
    // The ties, in the order IndexedDB walks them: by id, downwards when the list is.
    const ties = table.where(path.index).equals(pathKey(last));
    yield* kept(await (query.order.descending ? ties.reverse() : ties).toArray());
    from = last;
  }
}
