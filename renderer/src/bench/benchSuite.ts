/**
 * The measurements `npm run bench` asks the page for. Everything heavy happens here, in the page:
 * the reference set is generated and written where the app would write it, and only timings
 * travel back to the runner.
 */
import Dexie from 'dexie';
import { db as appDatabase } from '../db/database';
import { DutyLedgerDb } from '../db/DutyLedgerDb';
import { setOperator } from '../db/operatorContext';
import { latestTimelineEntries, memberActivities } from '../db/queries';
import { bulkCreateRecords } from '../db/repositories/bulkRepository';
import { parseInput, searchDocMaker } from '../db/repositories/recordRepository';
import { loadSearchKeysBuilder } from '../db/searchKeysBuilder';
import { toRow, type StoredRow } from '../db/rows';
import {
  importSummary,
  RECORD_KIND_LABELS,
  type AuditEntry,
  type RecordByKind,
  type RecordKind,
} from '../domain/records';
import { BENCH_QUERIES } from './benchQueries';
import { handoverExport, handoverImport } from './benchHandover';
import { sheetExport } from './benchSheets';
import { search } from '../features/search/searchClient';
import type {
  BenchApi,
  BenchKind,
  BulkProfile,
  GenerateResult,
  InsertResult,
  ListQueryTiming,
  SearchRun,
} from './benchApi';
import {
  countParticipations,
  generateReferenceSet,
  type Entry,
  type ReferenceSet,
} from './referenceData';

const RAW_DB_NAME = 'duty-ledger-bench-raw';
const PROFILE_DB_NAME = 'duty-ledger-bench-profile';

const SET_KEY = {
  member: 'members',
  studio: 'studios',
  campaign: 'campaigns',
  activity: 'activities',
  donation: 'donations',
} as const satisfies Record<BenchKind, keyof ReferenceSet>;

let referenceSet: ReferenceSet | null = null;
let rawDb: DutyLedgerDb | null = null;

function entriesOf(kind: BenchKind): readonly Entry<unknown>[] {
  if (!referenceSet) throw new Error('generate() first');
  return referenceSet[SET_KEY[kind]];
}

const now = (): number => performance.now();

async function generate(seed?: number): Promise<GenerateResult> {
  const started = now();
  referenceSet = generateReferenceSet(seed);
  const ms = now() - started;
  const counts = {} as Record<BenchKind, number>;
  for (const kind of Object.keys(SET_KEY) as BenchKind[]) counts[kind] = entriesOf(kind).length;
  return { ms, counts, participations: countParticipations(referenceSet) };
}

/**
 * Writes one kind through the repository (bulkCreateRecords: validation, search keys, audit, one
 * transaction per chunk) into the app's database, and the very same rows with a bare bulkPut into
 * a fresh database of the same schema, chunk by chunk in turn so both meet the same disk state.
 */
async function insertKind(kind: BenchKind, chunkSize: number): Promise<InsertResult> {
  setOperator('性能基准');
  const entries = entriesOf(kind);
  rawDb ??= new DutyLedgerDb(RAW_DB_NAME);
  const raw = rawDb;
  const table = raw.tableOf(kind);
  let repoMs = 0;
  let rawMs = 0;
  let chunks = 0;
  for (let start = 0; start < entries.length; start += chunkSize) {
    const chunk = entries.slice(start, start + chunkSize);
    let t = now();
    const records = await bulkCreateRecords(kind, chunk);
    repoMs += now() - t;
    const rows = records.map((record) => toRow(kind, record));
    t = now();
    await raw.transaction('rw', table, () => table.bulkPut(rows));
    rawMs += now() - t;
    chunks++;
  }
  return { kind, count: entries.length, chunks, repoMs, rawMs };
}

/**
 * Replays the stages of bulkCreateRecords for `count` records of one kind, each timed on its own,
 * against a scratch database: where does the repository's time go?
 */
async function profileBulk(kind: BenchKind, count: number): Promise<BulkProfile> {
  const entries = entriesOf(kind).slice(0, count);
  const stages: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t = now();
    const result = await fn();
    stages[name] = (stages[name] ?? 0) + now() - t;
    return result;
  };
  const stamp = new Date().toISOString();
  const values = await time('validate (zod)', () =>
    entries.map((entry) => parseInput(kind, entry.input)),
  );
  const records = values.map(
    (value, i) =>
      ({
        ...value,
        id: entries[i]?.id ?? crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        rev: 1,
        deletedAt: null,
      }) as RecordByKind[RecordKind],
  );
  await loadSearchKeysBuilder();
  const searchDocOf = searchDocMaker();
  const docs = await time('search keys (buildSearchDoc)', () =>
    records.map((record) => searchDocOf(kind, record)),
  );
  const audit = await time('audit entry (one per batch)', (): AuditEntry[] => {
    const importId = crypto.randomUUID();
    return [
      {
        id: importId,
        at: stamp,
        operator: '性能基准',
        action: 'import',
        kind,
        recordId: importId,
        recordIds: records.map((record) => record.id),
        summary: importSummary(RECORD_KIND_LABELS[kind], records.length, ''),
        before: null,
        after: { count: records.length },
      },
    ];
  });
  const rows = await time('toRow', () => records.map((record) => toRow(kind, record)));
  await Dexie.delete(PROFILE_DB_NAME);
  const scratch = new DutyLedgerDb(PROFILE_DB_NAME);
  await scratch.open();
  const table = scratch.tableOf(kind);
  await time('tx: record rows only', () =>
    scratch.transaction('rw', table, () => table.bulkPut(rows)),
  );
  await time('tx: search docs only', () =>
    scratch.transaction('rw', scratch.searchDocs, () => scratch.searchDocs.bulkPut(docs)),
  );
  await time('tx: audit entries only', () =>
    scratch.transaction('rw', scratch.audit, () => scratch.audit.bulkAdd(audit)),
  );
  await scratch.transaction('rw', [table, scratch.searchDocs, scratch.audit], async () => {
    await table.clear();
    await scratch.searchDocs.clear();
    await scratch.audit.clear();
  });
  await time('tx: all three, as the repository', () =>
    scratch.transaction('rw', [table, scratch.searchDocs, scratch.audit], async () => {
      await table.bulkPut(rows);
      await scratch.searchDocs.bulkPut(docs);
      await scratch.audit.bulkAdd(audit);
    }),
  );
  // The change notice to the search worker is a structured clone of every doc.
  const channel = new BroadcastChannel('duty-ledger:bench-profile');
  await time('broadcast search docs', () => channel.postMessage({ type: 'upsert', docs }));
  channel.close();
  stages['bytes: record rows (JSON)'] = JSON.stringify(rows).length;
  stages['bytes: search docs (JSON)'] = JSON.stringify(docs).length;
  stages['bytes: audit entries (JSON)'] = JSON.stringify(audit).length;
  scratch.close();
  await Dexie.delete(PROFILE_DB_NAME);
  return { kind, count: entries.length, stages };
}

async function dropScratchDatabases(): Promise<void> {
  rawDb?.close();
  rawDb = null;
  await Dexie.delete(RAW_DB_NAME);
  await Dexie.delete(PROFILE_DB_NAME);
  referenceSet = null;
}

/** Every prefix of every query, in order, as typing them would send them. */
function prefixesOf(queries: readonly string[]): string[] {
  const out: string[] = [];
  for (const query of queries) {
    const chars = Array.from(query);
    for (let i = 1; i <= chars.length; i++) out.push(chars.slice(0, i).join(''));
  }
  return out;
}

/**
 * What people type into the search box: Chinese fragments, names in either script, pinyin
 * initials and full pinyin, numbers, several words. All of them occur in the reference set.
 */
export const TYPED_QUERIES: readonly string[] = [
  ...BENCH_QUERIES,
  '陈美玲',
  'cml',
  'chenmeiling',
  '黃志國',
  '鄭秀英',
  '粤港澳大湾区',
  '提案第2015',
  '2019-00',
  '湘西 助学',
];

/** Types each query character by character through the worker the UI uses. */
async function searchAsYouType(queries: readonly string[] = TYPED_QUERIES): Promise<SearchRun> {
  let t = now();
  await Promise.race([
    search('青'),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error('the search worker did not answer within 60 s')), 60_000),
    ),
  ]);
  const loadMs = now() - t;
  const prefixes = prefixesOf(queries);
  const roundTripMs: number[] = [];
  const workerMs: number[] = [];
  const hits: number[] = [];
  for (const prefix of prefixes) {
    t = now();
    const result = await search(prefix);
    roundTripMs.push(now() - t);
    workerMs.push(result.tookMs);
    hits.push(result.hits.length);
  }
  return { loadMs, prefixes, roundTripMs, workerMs, hits };
}

const live = (row: StoredRow): boolean => !row.deletedAt;
const byDateDesc = (a: StoredRow, b: StoredRow): number => (b._dateKey ?? 0) - (a._dateKey ?? 0);
const firstRows = (rows: StoredRow[], n = 50): StoredRow[] =>
  rows.filter(live).sort(byDateDesc).slice(0, n);

/**
 * The queries behind a list, a member dossier and the timeline, on the app's database, each run
 * `runs` times; the first run of each is the first of its kind since the page loaded.
 */
async function listQueries(runs: number): Promise<ListQueryTiming[]> {
  const database = appDatabase();
  await database.open();
  const someMember = await database.members
    .filter((m) => 'name' in m && m.name === '李微微')
    .first();
  const memberId = someMember?.id ?? '';
  const someCampaign = await database.campaigns.orderBy('id').first();
  const campaignId = someCampaign?.id ?? '';
  const queries: { name: string; run: () => Promise<readonly unknown[]> }[] = [
    {
      name: '活动列表：调研·2015年，按日期前50条 ([type+_year])',
      run: async () =>
        firstRows(await database.activities.where('[type+_year]').equals(['调研', 2015]).toArray()),
    },
    {
      name: '活动列表：最新50条 (_dateKey)',
      run: () => database.activities.orderBy('_dateKey').reverse().filter(live).limit(50).toArray(),
    },
    {
      name: '委员档案：李微微的活动，前50条 (*_memberDates)',
      run: () => memberActivities(memberId, 50),
    },
    {
      name: '委员档案：李微微的捐赠 (*_memberIds)',
      run: async () =>
        firstRows(await database.donations.where('_memberIds').equals(memberId).toArray()),
    },
    {
      name: '专项：一个专项的捐赠，前50条 (campaignId)',
      run: async () =>
        firstRows(await database.donations.where('campaignId').equals(campaignId).toArray()),
    },
    {
      name: '时间轴：最新50条大事记 ([_timeline+_dateKey])',
      run: () => latestTimelineEntries('activity', 50),
    },
    {
      name: '委员列表：全部300人',
      run: async () => (await database.members.toArray()).filter(live),
    },
  ];
  const out: ListQueryTiming[] = [];
  for (const query of queries) {
    const ms: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const t = now();
      rows = (await query.run()).length;
      ms.push(now() - t);
    }
    out.push({ name: query.name, rows, ms });
  }
  return out;
}

async function storedCounts(): Promise<Record<string, number>> {
  const database = appDatabase();
  const out: Record<string, number> = {};
  for (const table of database.tables) out[table.name] = await table.count();
  return out;
}

async function busiestMemberId(): Promise<string> {
  // One [memberId, dateKey] key per participation: counted off the index, no record read.
  const keys = await appDatabase().activities.orderBy('_memberDates').keys();
  const counts = new Map<string, number>();
  for (const key of keys) {
    const memberId = Array.isArray(key) ? String(key[0]) : '';
    counts.set(memberId, (counts.get(memberId) ?? 0) + 1);
  }
  const busiest = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!busiest) throw new Error('no participations stored');
  return busiest[0];
}

async function busiestCampaignId(): Promise<string> {
  // One campaignId key per donation that names one: counted off the index, no record read.
  const keys = await appDatabase().donations.orderBy('campaignId').keys();
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
  const busiest = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!busiest) throw new Error('no donation names a campaign');
  return busiest[0];
}

export function createBenchApi(): BenchApi {
  return {
    generate,
    insertKind,
    profileBulk,
    dropScratchDatabases,
    searchAsYouType,
    listQueries,
    storedCounts,
    busiestMemberId,
    busiestCampaignId,
    sheetExport,
    handoverExport,
    handoverImport,
  };
}
