import type { Transaction } from 'dexie';
import type { Activity, AuditEntry } from '../domain/records';
import { RECORD_TABLES } from './tableNames';
import { signerIdsOf, type StoredRow } from './rows';
import { countYears } from './yearCounts';

/** One version of the database: its stores and the named upgrade that brings older data to it. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version the database has had, append-only. Index fields starting with `_` are derived from
 * the record when it is written (see rows.ts): `_year`, `_dateKey`, `_memberIds`, `_sample`.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      members: 'id, category, status, *studioIds, updatedAt, _sample',
      activities:
        'id, type, _year, _dateKey, campaignId, *_memberIds, _studioId, updatedAt, [type+_year], _sample',
      donations: 'id, kind, _year, _dateKey, campaignId, *_memberIds, purpose, updatedAt, _sample',
      campaigns: 'id, updatedAt, _sample',
      studios: 'id, type, updatedAt, _sample',
      audit: 'id, at, recordId, kind',
      undo: '++seq, stack',
      drafts: 'key, updatedAt',
      searchDocs: 'id, kind',
    },
  },
  {
    // Version 1 logged every imported record in full; now an import is one entry for the batch,
    // and old entries keep only a reference. The indexes no screen queries (audit and search keys
    // by kind) go, since each one slows every write. `deletedAt` is indexed so that live records
    // are counted without reading them: a null is not a key, so only deleted rows are in it.
    // `[_timeline+_dateKey]` holds only live 大事记 entries, newest last, for the timeline.
    version: 2,
    stores: {
      members: 'id, category, status, *studioIds, updatedAt, _sample, deletedAt',
      activities:
        'id, type, _year, _dateKey, campaignId, *_memberIds, _studioId, updatedAt, [type+_year], _sample, deletedAt, [_timeline+_dateKey]',
      donations:
        'id, kind, _year, _dateKey, campaignId, *_memberIds, purpose, updatedAt, _sample, deletedAt, [_timeline+_dateKey]',
      campaigns: 'id, updatedAt, _sample, deletedAt',
      studios: 'id, type, updatedAt, _sample, deletedAt',
      audit: 'id, at, recordId',
      searchDocs: 'id',
    },
    upgrade: upgradeToVersion2,
  },
  {
    // Counting live records by reading them is linear in IndexedDB (20,000 activities take
    // ~100 ms), too slow for 总览 and every list's total: each kind's live count is kept in one
    // row, updated in the transaction of every write. A member's activities, newest first, come
    // straight off `*_memberDates` ([memberId, dateKey] per participant) instead of reading all
    // of them to sort; it replaces the activities' `*_memberIds`, which a write would otherwise
    // pay for twice.
    version: 3,
    stores: {
      recordCounts: 'kind',
      activities:
        'id, type, _year, _dateKey, campaignId, _studioId, updatedAt, [type+_year], _sample, deletedAt, [_timeline+_dateKey], *_memberDates',
    },
    upgrade: upgradeToVersion3,
  },
  {
    // Search keys have a format version (SEARCH_DOC_VERSION); keys of another one are rebuilt
    // from the records at start. Which version built the stored keys is one row here, so that
    // start-up knows with one read instead of reading every key. No upgrade: without the row,
    // keys written before this version count as built by an unknown one, and are rebuilt once
    // (those of version 1 lack the fields that show where a hit matched).
    version: 4,
    stores: {
      meta: 'key',
    },
  },
  {
    // Lists read filtered records off indexes instead of reading the store: a filter paired with
    // the list's order (`[type+_dateKey]`: one type's activities, newest first) reads exactly one
    // page at a time, and a filter by itself counts its records off its index. The members'
    // free-text filters (界别, 党派, 届次, 所在地) get indexes of their own, and `[status+updatedAt]`
    // serves the default order within 在任 or 离任. No upgrade: IndexedDB fills a new index from
    // the rows already stored, and every field indexed here was already in them.
    version: 5,
    stores: {
      members:
        'id, category, status, *studioIds, updatedAt, _sample, deletedAt, sector, party, term, location, [status+updatedAt], [category+updatedAt]',
      activities:
        'id, type, _year, _dateKey, campaignId, _studioId, updatedAt, [type+_year], _sample, deletedAt, [_timeline+_dateKey], *_memberDates, [type+_dateKey], [form+_dateKey], [campaignId+_dateKey], [_studioId+_dateKey]',
    },
  },
  {
    // 统计 draws activities per type per year over every year, and offers the years that have
    // records: counting those off the indexes touches all 20,000 keys (seconds), so each year's
    // live activities (per type) and donations are kept in one row, updated in the transaction
    // of every write as `recordCounts` is.
    version: 6,
    stores: {
      yearCounts: '[kind+year], kind',
    },
    upgrade: upgradeToVersion6,
  },
  {
    // A member's 档案 and references read the 提案 the member signed (领衔 or 联名): without an
    // index of their own, every 提案 of the store was read and sifted. `*_signerIds` files each
    // 提案 under its signers.
    version: 7,
    stores: {
      activities:
        'id, type, _year, _dateKey, campaignId, _studioId, updatedAt, [type+_year], _sample, deletedAt, [_timeline+_dateKey], *_memberDates, [type+_dateKey], [form+_dateKey], [campaignId+_dateKey], [_studioId+_dateKey], *_signerIds',
    },
    upgrade: upgradeToVersion7,
  },
];

export const CURRENT_DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** v2: compact old import entries, and file existing 大事记 entries in the timeline index. */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await compactImportAudit(tx);
  for (const table of ['activities', 'donations']) {
    await tx
      .table<StoredRow, string>(table)
      .filter((row) => 'inTimeline' in row && row.inTimeline === true && !row.deletedAt)
      .modify((row) => {
        row._timeline = 1;
      });
  }
}

/** v2: a version 1 import entry keeps `{ id, rev }` of the imported record instead of all of it. */
export async function compactImportAudit(tx: Transaction): Promise<void> {
  await tx
    .table<AuditEntry, string>('audit')
    .filter((entry) => entry.action === 'import' && entry.after !== null)
    .modify((entry) => {
      const after = entry.after as { id?: unknown; rev?: unknown };
      entry.after = { id: after.id ?? entry.recordId, rev: after.rev ?? 1 };
    });
}

/**
 * v3: count each kind's live records once (from now on every write keeps the count), and file
 * every activity under its participants' dates.
 */
export async function upgradeToVersion3(tx: Transaction): Promise<void> {
  await tx
    .table<StoredRow, string>('activities')
    .toCollection()
    .modify((row) => {
      row._memberDates = (row._memberIds ?? []).map((id) => [id, row._dateKey ?? 0]);
      delete row._memberIds;
    });
  for (const [kind, name] of RECORD_TABLES) {
    const table = tx.table<StoredRow, string>(name);
    const all = await table.count();
    const deleted = await table.where('deletedAt').above('').count();
    await tx.table('recordCounts').put({ kind, live: all - deleted });
  }
}

/** v6: count each year's live activities (per type) and donations once; writes keep them since. */
export async function upgradeToVersion6(tx: Transaction): Promise<void> {
  for (const [kind, name] of [
    ['activity', 'activities'],
    ['donation', 'donations'],
  ] as const) {
    const rows = await tx.table<StoredRow, string>(name).toArray();
    await tx.table('yearCounts').bulkPut(countYears(kind, rows));
  }
}

/** v7: file every stored 提案 under its 领衔 and 联名 members (`_signerIds`). */
export async function upgradeToVersion7(tx: Transaction): Promise<void> {
  await tx
    .table<StoredRow, string>('activities')
    .where('type')
    .equals('提案')
    .modify((row) => {
      const signers = signerIdsOf(row as Activity);
      if (signers.length > 0) row._signerIds = signers;
    });
}
