import { RECORD_KINDS } from '../../domain/records';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import { db } from '../database';
import { donorMemberNames } from '../donorMemberNames';
import { searchDocsVersionRow } from '../metaRows';
import { fromRow } from '../rows';
import { publishSearchChange } from '../searchChanges';
import { isYearCounted, recountYears } from '../yearCounts';
import { searchDocMaker } from './recordRepository';

/**
 * 重建搜索索引: recomputes every live record's search keys from the data, and counts each kind
 * again, then tells the search worker to load them.
 */
export async function rebuildSearchIndex(): Promise<number> {
  const count = await rebuildSearchDocs();
  publishSearchChange({ type: 'reload' });
  return count;
}

/**
 * Recomputes every live record's search keys and each kind's count in one transaction, and notes
 * the key format that built them. Returns how many records it indexed.
 */
export async function rebuildSearchDocs(): Promise<number> {
  const database = db();
  let count = 0;
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  await database.transaction(
    'rw',
    [
      database.searchDocs,
      database.recordCounts,
      database.yearCounts,
      database.meta,
      ...RECORD_KINDS.map((k) => database.tableOf(k)),
    ],
    async () => {
      const searchDocOf = searchDocMaker();
      await database.searchDocs.clear();
      for (const kind of RECORD_KINDS) {
        const rows = await database
          .tableOf(kind)
          .filter((row) => !row.deletedAt)
          .toArray();
        const records = rows.map((row) => fromRow(row));
        const memberName = await donorMemberNames(database, kind, records);
        await database.searchDocs.bulkPut(
          records.map((record) => searchDocOf(kind, record, memberName)),
        );
        await database.recordCounts.put({ kind, live: rows.length });
        if (isYearCounted(kind)) await recountYears(database, kind, rows);
        count += rows.length;
      }
      await database.meta.put(searchDocsVersionRow());
    },
  );
  return count;
}
