/**
 * 交接包 format v2 (`.dlbundle`): a zip holding `manifest.json`, `records/<kind>.jsonl` (one stored
 * row per line, tombstones included), `attachments/<sha256>` and `rules.json` (the 汇率 and rules
 * the records are read by; bundleRules.ts). v1 is still read, with or without `rules.json` (the
 * builds just before v2 wrote it under v1). An encrypted bundle is a zip of
 * `encryption.json` (only what deriving the key needs) and `payload.bin` (the plain bundle,
 * encrypted in frames); see bundleCrypto.ts.
 */
import { z } from 'zod';
import { RECORD_KINDS, type RecordByKind, type RecordKind } from '../records';

export const BUNDLE_FORMAT = 'duty-ledger-bundle';
/**
 * The version written. It went to 2 with `rules.json`: a program that knows only v1 then asks to
 * be upgraded, where it would have called the new entry damage.
 */
export const BUNDLE_FORMAT_VERSION = 2;
/** The versions read: v1 bundles (and backups) from before `rules.json` still import. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];

export const MANIFEST_ENTRY = 'manifest.json';
export const ENCRYPTION_ENTRY = 'encryption.json';
export const PAYLOAD_ENTRY = 'payload.bin';

/** The entry that holds the rows of `kind`. */
export function recordsEntry(kind: RecordKind): string {
  return `records/${kind}.jsonl`;
}

/** The entry that holds an attachment's bytes. */
export function attachmentEntry(sha256: string): string {
  return `attachments/${sha256}`;
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * A row as carried: the stored record without its derived index fields, plus the tags of its last
 * versions `_revs` when the row has them (revisionHistory.ts; merges compare them).
 */
export type BundleRow<K extends RecordKind = RecordKind> = RecordByKind[K] & { _revs?: string[] };

/** `_revs` as a bundle may carry it: generous bounds, so a longer history from a newer version passes. */
export const revisionHistorySchema = z.array(z.string().min(1).max(200)).min(1).max(1000);

/** The rows of each kind, for the kinds a bundle holds. */
export type RowsByKind = { [K in RecordKind]?: BundleRow<K>[] };

const entrySchema = z.object({
  name: z.string(),
  sha256: z.string().regex(SHA256_PATTERN),
  size: z.number().int().min(0),
});

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(BUNDLE_FORMAT_VERSION)]),
  appVersion: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /** 经办人 */
  operator: z.string(),
  sourceInstallId: z.string().min(1),
  /** What was selected, in words: 全部记录, 2021年的记录 … */
  selection: z.string(),
  counts: z.partialRecord(z.enum(RECORD_KINDS), z.number().int().min(0)),
  entries: z.array(entrySchema),
  /** Attachments the records name but whose bytes the sender did not have. */
  missingAttachments: z.array(z.string().regex(SHA256_PATTERN)).default([]),
});

export type BundleManifest = z.output<typeof manifestSchema>;
export type BundleEntry = z.output<typeof entrySchema>;

/** How much a bundle may inflate to: a bomb stops at the first byte over. */
export interface BundleLimits {
  /** The file itself (and the encrypted payload). */
  maxFileBytes: number;
  /** Any one entry once inflated. */
  maxEntryBytes: number;
  /** All entries together once inflated. */
  maxTotalBytes: number;
  /** Entries in the zip. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxFileBytes: 4 * 1024 ** 3 - 1,
  maxEntryBytes: 1024 ** 3,
  maxTotalBytes: 8 * 1024 ** 3,
  maxEntries: 200_000,
};

/** Size in words for messages: 1.5 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
