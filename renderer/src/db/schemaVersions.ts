import type { Transaction } from 'dexie';

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
];

export const CURRENT_DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
