import { z } from 'zod';

/** The kinds of stored records. */
export const RECORD_KINDS = ['member', 'activity', 'donation', 'campaign', 'studio'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The Chinese name of each kind, for titles and messages. */
export const RECORD_KIND_LABELS: Readonly<Record<RecordKind, string>> = {
  member: '委员',
  activity: '履职活动',
  donation: '捐赠',
  campaign: '专项',
  studio: '委员工作室',
};

/** An ISO 8601 timestamp with `Z` or an offset. */
export const isoTimestampSchema = z.iso.datetime({ offset: true });

/** The highest version number a record may carry (a billion saved changes). */
export const MAX_REV = 1_000_000_000;

/** The fields every stored record carries, as a zod shape to spread into a record's schema. */
export const recordBaseShape = {
  id: z.uuid(),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
  /**
   * Starts at 1 and grows by one with each saved change; merges compare it. Capped far above any
   * real count of edits: past 2^53 a number stops growing by one, and two versions would share it.
   */
  rev: z.number().int().min(1).max(MAX_REV),
  /** Tombstone: when set, the record is deleted but kept so the deletion survives a merge. */
  deletedAt: isoTimestampSchema.nullable(),
  /** Marks the demonstration data, so it can be removed in one step. */
  sample: z.literal(true).optional(),
};

export const recordBaseSchema = z.object(recordBaseShape);

/** The fields every stored record carries. */
export type RecordBase = z.output<typeof recordBaseSchema>;
