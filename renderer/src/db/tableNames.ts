import type { RecordKind } from '../domain/records/recordBase';

/** The table that holds each kind of record. */
export const TABLE_OF_KIND = {
  member: 'members',
  activity: 'activities',
  donation: 'donations',
  campaign: 'campaigns',
  studio: 'studios',
} as const satisfies Record<RecordKind, string>;

/** Each kind with its table, without loading the record schemas (the database opens early). */
export const RECORD_TABLES = Object.entries(TABLE_OF_KIND) as [RecordKind, string][];
