import { RECORD_KINDS, type RecordKind } from '../records';
import { BundleError, throwIfCancelled } from './bundleError';
import {
  attachmentEntry,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  ENCRYPTION_ENTRY,
  MANIFEST_ENTRY,
  PAYLOAD_ENTRY,
  recordsEntry,
  SHA256_PATTERN,
  type BundleEntry,
  type BundleManifest,
  type BundleRow,
} from './bundleFormat';
import { createEncryption, FrameEncryptor } from './bundleCrypto';
import { attachmentHashesOf } from './attachmentHashes';
import { RULES_ENTRY, type BundleRules } from './bundleRules';
import { GrowableBytes, sha256Hex } from './bytes';
import { ZipStream, type ChunkSink } from './zipStream';

/** The rows of one kind, read by the caller in chunks; `count` is for the progress total. */
export interface KindSource<K extends RecordKind> {
  count: number;
  rows: AsyncIterable<BundleRow<K>> | Iterable<BundleRow<K>>;
}

/** What goes into a bundle. */
export interface BundleSource {
  records: { [K in RecordKind]?: KindSource<K> };
  /** The rules the records are read by (rules.json); a bundle without is read as before. */
  rules?: BundleRules;
  /**
   * Leave out to carry no attachments. Carried: every attachment the written rows name (any
   * kind's `attachments` list), and any in `hashes`.
   */
  attachments?: {
    hashes?: readonly string[];
    /** The bytes stored under `sha256`, or undefined when this machine does not have them. */
    read(sha256: string): Promise<Uint8Array | undefined>;
  };
}

export interface BundleProgress {
  entriesDone: number;
  entriesTotal: number;
  rowsDone: number;
  rowsTotal: number;
}

export interface WriteBundleOptions {
  appVersion: string;
  /** 经办人 */
  operator: string;
  sourceInstallId: string;
  /** What was selected, in words. */
  selection: string;
  /** Defaults to now. */
  createdAt?: string;
  /** Encrypts the bundle when given (not empty). */
  passphrase?: string;
  onProgress?: (progress: BundleProgress) => void;
  signal?: AbortSignal;
}

/** Text is pushed to the deflater in pieces of about this size. */
const PUSH_BYTES = 64 * 1024;

/**
 * Writes a 交接包 to `sink` as it goes: each kind's rows as JSON lines, then the attachments, then
 * `manifest.json` with the SHA-256 and size of every entry. Returns the manifest. A cancelled
 * write hands nothing more to the sink and rejects with BundleError `cancelled`.
 */
export async function writeBundle(
  source: BundleSource,
  sink: ChunkSink,
  options: WriteBundleOptions,
): Promise<BundleManifest> {
  const { signal } = options;
  throwIfCancelled(signal, '导出');
  const createdAt = options.createdAt ?? new Date().toISOString();
  const mtime = new Date(createdAt);
  const kinds = RECORD_KINDS.filter((kind) => source.records[kind]);
  const hashes = new Set(source.attachments?.hashes ?? []);
  const progress: BundleProgress = {
    entriesDone: 0,
    // Grows by the attachments the rows name once they are read.
    entriesTotal: kinds.length + hashes.size + 1 + (source.rules ? 1 : 0),
    rowsDone: 0,
    rowsTotal: kinds.reduce((sum, kind) => sum + (source.records[kind]?.count ?? 0), 0),
  };
  const report = () => options.onProgress?.({ ...progress });
  report();

  let inner: ZipStream;
  let finish: () => Promise<void>;
  if (options.passphrase) {
    const { key, header } = await createEncryption(options.passphrase);
    const envelope = new ZipStream(sink, mtime, signal);
    const headerEntry = envelope.open(ENCRYPTION_ENTRY, true);
    await headerEntry.push(new TextEncoder().encode(JSON.stringify(header)), true);
    const payload = envelope.open(PAYLOAD_ENTRY, false);
    const encryptor = new FrameEncryptor(key);
    inner = new ZipStream(
      async (chunk) => {
        for (const frame of await encryptor.write(chunk)) await payload.push(frame);
      },
      mtime,
      signal,
    );
    finish = async () => {
      await payload.push(await encryptor.end(), true);
      await envelope.end();
    };
  } else {
    inner = new ZipStream(sink, mtime, signal);
    finish = async () => undefined;
  }

  const entries: BundleEntry[] = [];
  const counts: Partial<Record<RecordKind, number>> = {};
  const encoder = new TextEncoder();

  for (const kind of kinds) {
    const name = recordsEntry(kind);
    const entry = inner.open(name, true);
    const text = new GrowableBytes();
    let pushed = 0;
    let count = 0;
    for await (const row of source.records[kind]?.rows ?? []) {
      throwIfCancelled(signal, '导出');
      text.append(encoder.encode(JSON.stringify(row) + '\n'));
      if (source.attachments) for (const sha of attachmentHashesOf(row)) hashes.add(sha);
      count++;
      progress.rowsDone++;
      if (text.length - pushed >= PUSH_BYTES) {
        await entry.push(text.view().slice(pushed));
        pushed = text.length;
        report();
      }
    }
    await entry.push(text.view().slice(pushed), true);
    entries.push({ name, sha256: await sha256Hex(text.view()), size: text.length });
    counts[kind] = count;
    progress.entriesDone++;
    report();
  }

  progress.entriesTotal = kinds.length + hashes.size + 1 + (source.rules ? 1 : 0);
  const missingAttachments: string[] = [];
  for (const sha of hashes) {
    throwIfCancelled(signal, '导出');
    if (!SHA256_PATTERN.test(sha)) {
      throw new BundleError('attachment-mismatch', `附件标识不正确：${sha}`);
    }
    const bytes = await source.attachments?.read(sha);
    if (!bytes) {
      missingAttachments.push(sha);
    } else {
      if ((await sha256Hex(bytes)) !== sha) {
        throw new BundleError('attachment-mismatch', `附件 ${sha} 的内容与其校验值不符，未导出`);
      }
      const name = attachmentEntry(sha);
      // Deflated even when already compressed: stored bytes of a zipped attachment (.docx)
      // would look like entries to a reader that scans.
      await inner.open(name, true).push(bytes, true);
      entries.push({ name, sha256: sha, size: bytes.length });
    }
    progress.entriesDone++;
    report();
  }

  if (source.rules) {
    const bytes = encoder.encode(JSON.stringify(source.rules, null, 2));
    await inner.open(RULES_ENTRY, true).push(bytes, true);
    entries.push({ name: RULES_ENTRY, sha256: await sha256Hex(bytes), size: bytes.length });
    progress.entriesDone++;
    report();
  }

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt,
    operator: options.operator,
    sourceInstallId: options.sourceInstallId,
    selection: options.selection,
    counts,
    entries,
    missingAttachments,
  };
  await inner
    .open(MANIFEST_ENTRY, true)
    .push(encoder.encode(JSON.stringify(manifest, null, 2)), true);
  await inner.end();
  await finish();
  // Cancelled while the last chunk was taken: the caller discards the file all the same.
  throwIfCancelled(signal, '导出');
  progress.entriesDone++;
  report();
  return manifest;
}
