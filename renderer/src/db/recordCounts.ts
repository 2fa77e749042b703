import type { RecordKind } from '../domain/records/recordBase';
import { db } from './database';

/**
 * How many live records of a kind there are. Apart from the record queries so that 总览 counts
 * without loading the record schemas.
 */
export async function countRecords(kind: RecordKind): Promise<number> {
  const table = db().tableOf(kind);
  // Only deleted rows have a `deletedAt` key: two index counts, no record read.
  const [all, deleted] = await Promise.all([
    table.count(),
    table.where('deletedAt').above('').count(),
  ]);
  return all - deleted;
}
