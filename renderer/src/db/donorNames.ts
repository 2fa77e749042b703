import type { RecordByKind } from '../domain/records';
import { db } from './database';
import type { StoredRow } from './rows';

const BULK_READ = 2000;

/**
 * The outside donors (persons, companies, groups) the live donations name, sorted: the 捐赠方
 * filter's choices besides the members. Reads every donation, so it is read once the list shows.
 */
export async function outsideDonorNames(): Promise<string[]> {
  const names = new Set<string>();
  // In bulk reads by id: walking a cursor costs a round trip to the store per donation.
  const table = db().donations;
  let after: string | null = null;
  for (;;) {
    const rows: StoredRow[] = await (after === null ? table : table.where(':id').above(after))
      .limit(BULK_READ)
      .toArray();
    for (const row of rows) {
      if (row.deletedAt) continue;
      for (const donor of (row as RecordByKind['donation']).donors) {
        if (donor.type === '其他') names.add(donor.name);
      }
    }
    const last = rows[rows.length - 1];
    if (rows.length < BULK_READ || !last) break;
    after = last.id;
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
