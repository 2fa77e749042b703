import { RECORD_KIND_LABELS, type RecordKind } from '../records';
import { BundleError, throwIfCancelled } from './bundleError';
import { decryptPayload, encryptionHeaderSchema, openEncryption } from './bundleCrypto';
import {
  DEFAULT_LIMITS,
  ENCRYPTION_ENTRY,
  formatSize,
  MANIFEST_ENTRY,
  PAYLOAD_ENTRY,
  type BundleLimits,
  type BundleManifest,
  type BundleRow,
  type RowsByKind,
} from './bundleFormat';
import { bundleRulesSchema, RULES_ENTRY, type BundleRules } from './bundleRules';
import { concatBytes, sha256Hex } from './bytes';
import { checkEntries, checkFormat, checkManifest } from './checkManifest';
import { describeNonZip, describeOtherZip } from './fileKind';
import { inflateWithinLimits } from './inflateEntry';
import { parseKindRows, type SeenIds } from './parseKindRows';
import type { BundleProgress } from './writeBundle';
import {
  looksLikeZip,
  readZipDirectory,
  unsafeNameReason,
  type ZipEntryLocation,
} from './zipDirectory';

export interface ReadBundleOptions {
  /** Needed for an encrypted bundle. */
  passphrase?: string;
  /** Defaults to DEFAULT_LIMITS; any field may be lowered. */
  limits?: Partial<BundleLimits>;
  onProgress?: (progress: BundleProgress) => void;
  signal?: AbortSignal;
}

/** A bundle whose every check passed. */
export interface ReadBundleResult {
  manifest: BundleManifest;
  encrypted: boolean;
  /** Each kind's rows, validated, in the order written. */
  rows: RowsByKind;
  /** The rules the records are read by, checked; null from a bundle that carries none. */
  rules: BundleRules | null;
  /** The hashes of the attachments carried. */
  attachmentHashes: string[];
  /** An attachment's bytes (checked against its hash), or undefined when not carried. */
  attachment(sha256: string): Uint8Array | undefined;
}

const MANIFEST_LIMIT = 64 * 1024 * 1024;
const HEADER_LIMIT = 64 * 1024;

/**
 * Reads and checks a 交接包 before handing back anything: the kind of file, the format and its
 * version, the passphrase, every entry's name (zip-slip), size (bombs stop while inflating),
 * SHA-256 and presence, and every row against its kind's schema. Each failure is a BundleError
 * with a Chinese message naming the problem.
 */
export async function readBundle(
  input: Uint8Array | AsyncIterable<Uint8Array>,
  options: ReadBundleOptions = {},
): Promise<ReadBundleResult> {
  const limits: BundleLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const { signal } = options;
  const file = await collect(input, limits, signal);
  const outer = openZip(file, limits);
  const names = new Set(outer.map((entry) => entry.name));
  if (names.has(ENCRYPTION_ENTRY)) {
    const plain = await decrypt(file, outer, options.passphrase, limits);
    return readPlain(plain, openZip(plain, limits), true, limits, options);
  }
  return readPlain(file, outer, false, limits, options);
}

async function collect(
  input: Uint8Array | AsyncIterable<Uint8Array>,
  limits: BundleLimits,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  let file: Uint8Array;
  if (input instanceof Uint8Array) {
    file = input;
  } else {
    const parts: Uint8Array[] = [];
    let length = 0;
    for await (const chunk of input) {
      throwIfCancelled(signal, '读取');
      length += chunk.length;
      if (length > limits.maxFileBytes) throw tooLargeFile(limits);
      parts.push(chunk);
    }
    file = concatBytes(parts);
  }
  if (file.length === 0) throw new BundleError('empty', '文件是空的（0 字节），不是交接包');
  if (file.length > limits.maxFileBytes) throw tooLargeFile(limits);
  if (!looksLikeZip(file)) {
    throw new BundleError('not-a-zip', `不是交接包：${describeNonZip(file)}`);
  }
  return file;
}

function tooLargeFile(limits: BundleLimits): BundleError {
  return new BundleError('too-large', `文件过大（上限 ${formatSize(limits.maxFileBytes)}）`);
}

function openZip(file: Uint8Array, limits: BundleLimits): ZipEntryLocation[] {
  const entries = readZipDirectory(file, limits.maxEntries);
  const seen = new Set<string>();
  for (const entry of entries) {
    const reason = unsafeNameReason(entry.name);
    if (reason) {
      throw new BundleError(
        'unsafe-name',
        `交接包含有不安全的条目名「${entry.name}」（${reason}），已拒绝，未导入任何内容`,
      );
    }
    if (seen.has(entry.name)) {
      throw new BundleError('damaged', `交接包已损坏：条目 ${entry.name} 出现了两次`);
    }
    seen.add(entry.name);
  }
  return entries;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BundleError('bad-manifest', `交接包已损坏：${what} 不是有效的 JSON`);
  }
}

async function decrypt(
  file: Uint8Array,
  entries: ZipEntryLocation[],
  passphrase: string | undefined,
  limits: BundleLimits,
): Promise<Uint8Array> {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const headerEntry = byName.get(ENCRYPTION_ENTRY);
  const payloadEntry = byName.get(PAYLOAD_ENTRY);
  if (!headerEntry || !payloadEntry || entries.length !== 2) {
    throw new BundleError('damaged', '交接包已损坏：加密交接包的组成不完整');
  }
  const totals = { inflated: 0, max: limits.maxFileBytes + HEADER_LIMIT };
  const raw = parseJson(
    inflateWithinLimits(file, headerEntry, HEADER_LIMIT, totals),
    ENCRYPTION_ENTRY,
  );
  checkFormat(raw);
  const header = encryptionHeaderSchema.safeParse(raw);
  if (!header.success) throw new BundleError('damaged', '交接包已损坏：加密信息不完整');
  if (!passphrase) {
    throw new BundleError('passphrase-required', '此交接包已加密，请输入导出时设置的口令');
  }
  const key = await openEncryption(header.data, passphrase);
  const payload = inflateWithinLimits(file, payloadEntry, limits.maxFileBytes, totals);
  return decryptPayload(payload, key);
}

function readManifest(file: Uint8Array, entries: ZipEntryLocation[], limits: BundleLimits) {
  const entry = entries.find((candidate) => candidate.name === MANIFEST_ENTRY);
  if (!entry) {
    throw new BundleError(
      'not-a-bundle',
      `不是交接包：${describeOtherZip(entries.map((candidate) => candidate.name))}`,
    );
  }
  const totals = { inflated: 0, max: limits.maxTotalBytes };
  const raw = parseJson(
    inflateWithinLimits(file, entry, Math.min(MANIFEST_LIMIT, limits.maxEntryBytes), totals),
    MANIFEST_ENTRY,
  );
  return checkManifest(raw);
}

async function readPlain(
  file: Uint8Array,
  entries: ZipEntryLocation[],
  encrypted: boolean,
  limits: BundleLimits,
  options: ReadBundleOptions,
): Promise<ReadBundleResult> {
  const { signal } = options;
  if (entries.some((entry) => entry.name === ENCRYPTION_ENTRY)) {
    throw new BundleError('damaged', '交接包已损坏：加密内容中又含有加密信息');
  }
  const manifest = readManifest(file, entries, limits);
  const present = checkEntries(manifest, entries, limits);

  const progress: BundleProgress = {
    entriesDone: 0,
    entriesTotal: manifest.entries.length,
    rowsDone: 0,
    rowsTotal: Object.values(manifest.counts).reduce((sum, n) => sum + n, 0),
  };
  const report = () => options.onProgress?.({ ...progress });
  report();
  const totals = { inflated: 0, max: limits.maxTotalBytes };
  const rows: RowsByKind = {};
  const attachments = new Map<string, Uint8Array>();
  const seenIds: SeenIds = new Map();
  let rules: BundleRules | null = null;
  for (const listedEntry of manifest.entries) {
    throwIfCancelled(signal, '读取');
    const location = present.get(listedEntry.name) as ZipEntryLocation;
    const bytes = inflateWithinLimits(
      file,
      location,
      limits.maxEntryBytes,
      totals,
      listedEntry.size,
    );
    if (bytes.length !== listedEntry.size) {
      throw new BundleError('size-mismatch', `交接包已损坏：${listedEntry.name} 的大小与清单不符`);
    }
    if ((await sha256Hex(bytes)) !== listedEntry.sha256) {
      throw new BundleError('checksum-mismatch', `交接包已损坏：${listedEntry.name} 的校验值不符`);
    }
    if (listedEntry.name.startsWith('attachments/')) {
      attachments.set(listedEntry.sha256, bytes);
    } else if (listedEntry.name === RULES_ENTRY) {
      rules = readRules(bytes);
    } else {
      const kind = listedEntry.name.slice('records/'.length, -'.jsonl'.length) as RecordKind;
      const kindRows = parseKindRows(
        kind,
        bytes,
        listedEntry.name,
        () => {
          progress.rowsDone++;
          if (progress.rowsDone % 1000 === 0) {
            throwIfCancelled(signal, '读取');
            report();
          }
        },
        seenIds,
      );
      if (kindRows.length !== manifest.counts[kind]) {
        throw new BundleError(
          'count-mismatch',
          `交接包已损坏：${RECORD_KIND_LABELS[kind]}有 ${kindRows.length} 条，清单记为 ${String(manifest.counts[kind])} 条`,
        );
      }
      (rows as Record<RecordKind, BundleRow[]>)[kind] = kindRows;
    }
    progress.entriesDone++;
    report();
  }
  return {
    manifest,
    encrypted,
    rows,
    rules,
    attachmentHashes: [...attachments.keys()],
    attachment: (sha256) => attachments.get(sha256),
  };
}

function readRules(bytes: Uint8Array): BundleRules {
  const parsed = bundleRulesSchema.safeParse(parseJson(bytes, RULES_ENTRY));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BundleError(
      'bad-manifest',
      `交接包已损坏：${RULES_ENTRY} 中的汇率或规则不正确（${issue?.path.join('.') ?? ''}：${issue?.message ?? ''}）`,
    );
  }
  return parsed.data;
}
