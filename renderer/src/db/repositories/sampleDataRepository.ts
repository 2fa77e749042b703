import { buildSampleData } from '../../domain/sample/buildSampleData';
import type { RecordKind } from '../../domain/records';
import { db } from '../database';
import { publishSearchChange } from '../searchChanges';
import { bulkCreateRecords } from './bulkRepository';
import { changeTables } from './recordRepository';

/** In the order references need them. */
const LOAD_ORDER = [
  'campaign',
  'studio',
  'member',
  'activity',
  'donation',
] as const satisfies readonly RecordKind[];

export class SampleDataError extends Error {}

/** Whether any sample record is in the database. */
export async function hasSampleData(): Promise<boolean> {
  const database = db();
  for (const kind of LOAD_ORDER) {
    if ((await database.tableOf(kind).where('_sample').equals(1).count()) > 0) return true;
  }
  return false;
}

/**
 * 载入示例数据: the committee's own events from the work report, marked as sample. Only on request,
 * all in one transaction, and never twice.
 */
export async function loadSampleData(): Promise<number> {
  if (await hasSampleData()) throw new SampleDataError('示例数据已经载入，如需重新载入请先移除');
  const data = buildSampleData();
  const database = db();
  const sets = {
    campaign: data.campaigns,
    studio: data.studios,
    member: data.members,
    activity: data.activities,
    donation: data.donations,
  };
  let count = 0;
  try {
    await database.transaction('rw', changeTables(database), async () => {
      for (const kind of LOAD_ORDER) {
        const entries = sets[kind] as readonly { id: string; input: unknown }[];
        await bulkCreateRecords(kind, entries, { sample: true });
        count += entries.length;
      }
    });
  } catch (error) {
    publishSearchChange({ type: 'reload' });
    throw error;
  }
  return count;
}

/** 移除示例数据 in one step: the sample records, their search keys and their undo steps. */
export async function removeSampleData(): Promise<number> {
  const database = db();
  let removed = 0;
  await database.transaction('rw', changeTables(database), async () => {
    for (const kind of LOAD_ORDER) {
      const ids = (await database
        .tableOf(kind)
        .where('_sample')
        .equals(1)
        .primaryKeys()) as string[];
      if (ids.length === 0) continue;
      await database.tableOf(kind).bulkDelete(ids);
      await database.searchDocs.bulkDelete(ids);
      const idSet = new Set(ids);
      await database.undo.filter((step) => idSet.has(step.recordId)).delete();
      removed += ids.length;
    }
  });
  publishSearchChange({ type: 'reload' });
  return removed;
}
