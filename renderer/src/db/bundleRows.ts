import type { RecordKind } from '../domain/records';
import type { BundleRow } from '../domain/transfer/bundleFormat';
import type { DutyLedgerDb } from './DutyLedgerDb';
import { fromRow, type StoredRow } from './rows';

/**
 * A stored row as a 交接包 carries it: the record, tombstone or not, and its revision history
 * `_revs` when it has one, without the index fields derived from it (toRow makes them again).
 */
export function bundleRowOf<K extends RecordKind>(row: StoredRow): BundleRow<K> {
  const record = fromRow<K>(row);
  return row._revs === undefined ? record : { ...record, _revs: row._revs };
}

/**
 * Every row of `kind` in id order, read `chunkSize` at a time (keyset pages on the primary
 * key), so a large table never sits in memory whole.
 */
export async function* bundleRowsOf<K extends RecordKind>(
  database: DutyLedgerDb,
  kind: K,
  chunkSize = 500,
): AsyncGenerator<BundleRow<K>> {
  const table = database.tableOf(kind);
  let last: string | undefined;
  for (;;) {
    const page =
      last === undefined
        ? await table.orderBy(':id').limit(chunkSize).toArray()
        : await table.where(':id').above(last).limit(chunkSize).toArray();
    for (const row of page) yield bundleRowOf<K>(row);
    if (page.length < chunkSize) return;
    last = page[page.length - 1]?.id;
  }
}
