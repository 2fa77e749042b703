import Dexie from 'dexie';
import { loadSearchKeysBuilder } from '../searchKeysBuilder';
import { buildSampleData, SAMPLE_RATE_TABLE } from '../../domain/sample/buildSampleData';
import { rateKey } from '../../domain/rates/rateRows';
import { putRates, readRateTable, removeRate } from '../rateTable';
import { batchAuditEntry, RECORD_KIND_LABELS, type RecordKind } from '../../domain/records';
import { recordTitle } from '../../domain/recordSearchInput';
import { db } from '../database';
import type { DutyLedgerDb } from '../DutyLedgerDb';
import { currentOperator } from '../operatorContext';
import { fromRow, type StoredRow } from '../rows';
import { publishSearchChange } from '../searchChanges';
import { bulkCreateRecords } from './bulkRepository';
import { recount } from '../recordCounts';
import { isYearCounted, recountYears } from '../yearCounts';
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

async function sampleIds(database: DutyLedgerDb, kind: RecordKind): Promise<string[]> {
  return (await database.tableOf(kind).where('_sample').equals(1).primaryKeys()) as string[];
}

/** Whether any sample record is in the database. */
export async function hasSampleData(database: DutyLedgerDb = db()): Promise<boolean> {
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
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  await database.transaction('rw', [...changeTables(database), database.meta], async () => {
    // Checked inside the transaction, so two clicks cannot both load.
    if (await hasSampleData(database)) {
      throw new SampleDataError('示例数据已经载入，如需重新载入请先移除');
    }
    for (const kind of LOAD_ORDER) {
      const entries = sets[kind] as readonly { id: string; input: unknown }[];
      await bulkCreateRecords(kind, entries, { sample: true, publish: false });
      count += entries.length;
    }
    await addSampleRates(database);
  });
  publishSearchChange({ type: 'reload' });
  return count;
}

/**
 * The real records that point at sample ones: a participant, donor, studio or campaign that
 * removing the sample would leave pointing at nothing.
 */
async function realRecordsUsingSample(
  database: DutyLedgerDb,
): Promise<{ kind: RecordKind; row: StoredRow }[]> {
  const members = await sampleIds(database, 'member');
  const studios = await sampleIds(database, 'studio');
  const campaigns = await sampleIds(database, 'campaign');
  const found = new Map<string, { kind: RecordKind; row: StoredRow }>();
  const add = (kind: RecordKind, rows: StoredRow[]) => {
    // A deleted record does not count: it is not shown, and its references are not followed.
    for (const row of rows) if (!row._sample && !row.deletedAt) found.set(row.id, { kind, row });
  };
  const anyDateOf = members.map((id): [[string, unknown], [string, unknown]] => [
    [id, Dexie.minKey],
    [id, Dexie.maxKey],
  ]);
  add('activity', await database.activities.where('_memberDates').inAnyRange(anyDateOf).toArray());
  add('donation', await database.donations.where('_memberIds').anyOf(members).toArray());
  for (const kind of ['activity', 'donation'] as const) {
    add(kind, await database.tableOf(kind).where('campaignId').anyOf(campaigns).toArray());
  }
  add('activity', await database.activities.where('_studioId').anyOf(studios).toArray());
  add('member', await database.members.where('studioIds').anyOf(studios).toArray());
  return [...found.values()];
}

/**
 * 移除示例数据 in one step: the sample records, their search keys, undo steps and drafts, logged
 * once per kind. Refused, with nothing changed, while real records still point at sample ones.
 */
export async function removeSampleData(): Promise<number> {
  const database = db();
  const operator = currentOperator();
  let removed = 0;
  await loadSearchKeysBuilder(); // the search entries are made inside the transaction
  await database.transaction(
    'rw',
    [...changeTables(database), database.drafts, database.meta],
    async () => {
      const using = await realRecordsUsingSample(database);
      if (using.length > 0) {
        const { kind, row } = using[0]!;
        const title = recordTitle(kind, fromRow(row));
        throw new SampleDataError(
          `有 ${using.length} 条正式记录引用了示例数据（如${RECORD_KIND_LABELS[kind]}“${title}”），` +
            '请先在这些记录中改掉对示例委员、专项或工作室的引用，再移除示例数据',
        );
      }
      const now = new Date().toISOString();
      for (const kind of LOAD_ORDER) {
        const ids = await sampleIds(database, kind);
        if (ids.length === 0) continue;
        const idSet = new Set(ids);
        await database.tableOf(kind).bulkDelete(ids);
        await recount(database, kind);
        if (isYearCounted(kind)) await recountYears(database, kind);
        await database.searchDocs.bulkDelete(ids);
        await database.undo.filter((step) => idSet.has(step.recordId)).delete();
        await database.drafts
          .filter((draft) => draft.recordId !== null && idSet.has(draft.recordId))
          .delete();
        const entry = batchAuditEntry({
          at: now,
          operator,
          action: 'delete',
          kind,
          recordIds: ids,
          summary: `移除示例${RECORD_KIND_LABELS[kind]} ${ids.length} 条`,
          after: null,
        });
        await database.audit.add(entry);
        removed += ids.length;
      }
      await removeSampleRates(database);
    },
  );
  publishSearchChange({ type: 'reload' });
  return removed;
}

/** The `meta` row naming the rates the sample added: only those go with it. */
const SAMPLE_RATES_KEY = 'sampleRatesAdded';

/**
 * The sample's rates, for the currencies and days the 汇率 table has none: the user's stay, even
 * one of the sample's very value, and the rates added are remembered.
 */
async function addSampleRates(database: DutyLedgerDb): Promise<void> {
  const table = await readRateTable(database);
  const held = new Set(table.map(rateKey));
  const missing = SAMPLE_RATE_TABLE.filter((entry) => !held.has(rateKey(entry)));
  if (missing.length > 0) {
    await putRates(missing, new Map(missing.map((entry) => [rateKey(entry), undefined])));
  }
  await database.meta.put({ key: SAMPLE_RATES_KEY, value: missing.map(rateKey) });
}

/** The rates the sample added, where the table still holds them as added (one changed is the user's). */
async function removeSampleRates(database: DutyLedgerDb): Promise<void> {
  const added = (await database.meta.get(SAMPLE_RATES_KEY))?.value;
  const keys = new Set(Array.isArray(added) ? added : []);
  const sample = new Set(SAMPLE_RATE_TABLE.map((entry) => `${rateKey(entry)}=${entry.rate}`));
  for (const entry of await readRateTable(database)) {
    const key = rateKey(entry);
    if (keys.has(key) && sample.has(`${key}=${entry.rate}`)) await removeRate(entry);
  }
  await database.meta.delete(SAMPLE_RATES_KEY);
}
