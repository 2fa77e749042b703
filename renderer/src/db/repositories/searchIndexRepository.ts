import { RECORD_KINDS } from '../../domain/records';
import { db } from '../database';
import { fromRow } from '../rows';
import { publishSearchChange } from '../searchChanges';
import { searchDocOf } from './recordRepository';

/**
 * 重建搜索索引: recomputes every live record's search keys from the data, and counts each kind
 * again, in one transaction.
 */
export async function rebuildSearchIndex(): Promise<number> {
  const database = db();
  let count = 0;
  await database.transaction(
    'rw',
    [database.searchDocs, database.recordCounts, ...RECORD_KINDS.map((k) => database.tableOf(k))],
    async () => {
      await database.searchDocs.clear();
      for (const kind of RECORD_KINDS) {
        const rows = await database
          .tableOf(kind)
          .filter((row) => !row.deletedAt)
          .toArray();
        await database.searchDocs.bulkPut(rows.map((row) => searchDocOf(kind, fromRow(row))));
        await database.recordCounts.put({ kind, live: rows.length });
        count += rows.length;
      }
    },
  );
  publishSearchChange({ type: 'reload' });
  return count;
}
