import type { RecordByKind } from '../domain/records';
import { db } from './database';

/**
 * The outside donors (persons, companies, groups) the live donations name, sorted: the 捐赠方
 * filter's choices besides the members. Reads every donation, so it is read once the list shows.
 */
export async function outsideDonorNames(): Promise<string[]> {
  const names = new Set<string>();
  await db().donations.each((row) => {
    if (row.deletedAt) return;
    for (const donor of (row as RecordByKind['donation']).donors) {
      if (donor.type === '其他') names.add(donor.name);
    }
  });
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
