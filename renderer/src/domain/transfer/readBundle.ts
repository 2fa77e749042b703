import { RECORD_KINDS, RECORD_KIND_LABELS, validateRecord, type RecordKind } from '../records';
import { BundleError, throwIfCancelled } from './bundleError';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  DEFAULT_LIMITS,
  ENCRYPTION_ENTRY,
  formatSize,
  MANIFEST_ENTRY,
  manifestSchema,
  PAYLOAD_ENTRY,
  recordsEntry,
  revisionHistorySchema,
  SHA256_PATTERN,
  type BundleLimits,
  type BundleManifest,
  type BundleRow,
  type RowsByKind,
} from './bundleFormat';
import { decryptPayload, encryptionHeaderSchema, openEncryption } from './bundleCrypto';
import { concatBytes, sha256Hex } from './bytes';
import { describeNonZip, describeOtherZip } from './fileKind';
import { inflateEntry } from './inflateEntry';
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
  /** The hashes of the attachments carried. */
  attachmentHashes: string[];
  /** An attachment's bytes (checked against its hash), or undefined when not carried. */
  attachment(sha256: string): Uint8Array | undefined;
}

const MANIFEST_LIMIT = 64 * 1024 * 1024;
const HEADER_LIMIT = 64 * 1024;
const UPGRADE = (version: unknown) =>
  `此交接包由较新版本的程序生成（格式版本 ${String(version)}），请先升级本程序再导入`;

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

/** Inflates with the limits checked at every piece; `declared` bounds it further when known. */
function inflateWithin(
  file: Uint8Array,
  entry: ZipEntryLocation,
  limit: number,
  totals: { inflated: number; max: number },
  declared?: number,
): Uint8Array {
  const before = totals.inflated;
  return inflateEntry(file, entry, (soFar) => {
    if (soFar > limit) {
      throw new BundleError(
        'too-large',
        `交接包中的 ${entry.name} 解压后超过 ${formatSize(limit)}，疑似压缩炸弹，已停止读取`,
      );
    }
    if (before + soFar > totals.max) {
      throw new BundleError(
        'too-large',
        `交接包解压后总大小超过 ${formatSize(totals.max)}，疑似压缩炸弹，已停止读取`,
      );
    }
    if (declared !== undefined && soFar > declared) {
      throw new BundleError('size-mismatch', `交接包已损坏：${entry.name} 的大小与清单不符`);
    }
    totals.inflated = before + soFar;
  });
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
  const raw = parseJson(inflateWithin(file, headerEntry, HEADER_LIMIT, totals), ENCRYPTION_ENTRY);
  checkFormat(raw);
  const header = encryptionHeaderSchema.safeParse(raw);
  if (!header.success) throw new BundleError('damaged', '交接包已损坏：加密信息不完整');
  if (!passphrase) {
    throw new BundleError('passphrase-required', '此交接包已加密，请输入导出时设置的口令');
  }
  const key = await openEncryption(header.data, passphrase);
  const payload = inflateWithin(file, payloadEntry, limits.maxFileBytes, totals);
  return decryptPayload(payload, key);
}

/** Refuses another format, and a version this program does not know, before anything else. */
function checkFormat(raw: unknown): void {
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (head.format !== BUNDLE_FORMAT) {
    throw new BundleError('not-a-bundle', '不是交接包：清单中的格式名称不是本程序的交接包');
  }
  const version = head.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_FORMAT_VERSION) {
    throw new BundleError('newer-version', UPGRADE(version));
  }
  if (version !== BUNDLE_FORMAT_VERSION) {
    throw new BundleError('unknown-version', `交接包的格式版本（${String(version)}）无法识别`);
  }
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
    inflateWithin(file, entry, Math.min(MANIFEST_LIMIT, limits.maxEntryBytes), totals),
    MANIFEST_ENTRY,
  );
  checkFormat(raw);
  const counts = (raw as { counts?: unknown }).counts;
  if (typeof counts === 'object' && counts !== null) {
    const unknown = Object.keys(counts).filter(
      (kind) => !(RECORD_KINDS as readonly string[]).includes(kind),
    );
    if (unknown.length > 0) {
      throw new BundleError(
        'newer-version',
        `此交接包含有本程序不认识的记录类型（${unknown.join('、')}），请先升级本程序再导入`,
      );
    }
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new BundleError('bad-manifest', '交接包已损坏：清单 manifest.json 的内容不完整');
  return parsed.data;
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
  const listed = new Map(manifest.entries.map((entry) => [entry.name, entry]));
  if (listed.size !== manifest.entries.length) {
    throw new BundleError('bad-manifest', '交接包已损坏：清单中有重复的条目');
  }
  const expected = new Set<string>([
    ...Object.keys(manifest.counts).map((kind) => recordsEntry(kind as RecordKind)),
  ]);
  for (const entry of manifest.entries) {
    const reason = unsafeNameReason(entry.name);
    if (reason) {
      throw new BundleError(
        'unsafe-name',
        `交接包清单含有不安全的条目名「${entry.name}」（${reason}），已拒绝`,
      );
    }
    if (entry.name.startsWith('attachments/')) {
      const sha = entry.name.slice('attachments/'.length);
      if (!SHA256_PATTERN.test(sha) || sha !== entry.sha256) {
        throw new BundleError(
          'bad-manifest',
          `交接包已损坏：附件条目 ${entry.name} 的名称与校验值不符`,
        );
      }
    } else if (!expected.has(entry.name)) {
      throw new BundleError('bad-manifest', `交接包已损坏：清单列出了未知条目 ${entry.name}`);
    }
  }
  for (const name of expected) {
    if (!listed.has(name)) throw new BundleError('bad-manifest', `交接包已损坏：清单缺少 ${name}`);
  }
  const present = new Map(entries.map((entry) => [entry.name, entry]));
  for (const name of listed.keys()) {
    if (!present.has(name))
      throw new BundleError('missing-entry', `交接包已损坏：缺少条目 ${name}`);
  }
  for (const name of present.keys()) {
    if (name !== MANIFEST_ENTRY && !listed.has(name)) {
      throw new BundleError('extra-entry', `交接包已损坏：含有清单之外的条目 ${name}`);
    }
  }
  let declaredTotal = 0;
  for (const entry of manifest.entries) {
    declaredTotal += entry.size;
    if (entry.size > limits.maxEntryBytes) {
      throw new BundleError(
        'too-large',
        `交接包中的 ${entry.name} 解压后有 ${formatSize(entry.size)}，超过上限 ${formatSize(limits.maxEntryBytes)}`,
      );
    }
  }
  if (declaredTotal > limits.maxTotalBytes) {
    throw new BundleError(
      'too-large',
      `交接包解压后总大小超过 ${formatSize(limits.maxTotalBytes)}`,
    );
  }

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
  for (const listedEntry of manifest.entries) {
    throwIfCancelled(signal, '读取');
    const location = present.get(listedEntry.name) as ZipEntryLocation;
    const bytes = inflateWithin(file, location, limits.maxEntryBytes, totals, listedEntry.size);
    if (bytes.length !== listedEntry.size) {
      throw new BundleError('size-mismatch', `交接包已损坏：${listedEntry.name} 的大小与清单不符`);
    }
    if ((await sha256Hex(bytes)) !== listedEntry.sha256) {
      throw new BundleError('checksum-mismatch', `交接包已损坏：${listedEntry.name} 的校验值不符`);
    }
    if (listedEntry.name.startsWith('attachments/')) {
      attachments.set(listedEntry.sha256, bytes);
    } else {
      const kind = listedEntry.name.slice('records/'.length, -'.jsonl'.length) as RecordKind;
      const kindRows = parseRows(kind, bytes, listedEntry.name, () => {
        progress.rowsDone++;
        if (progress.rowsDone % 1000 === 0) {
          throwIfCancelled(signal, '读取');
          report();
        }
      });
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
    attachmentHashes: [...attachments.keys()],
    attachment: (sha256) => attachments.get(sha256),
  };
}

/** The rows of one kind's JSON lines; the first bad line rejects the bundle, naming its number. */
function parseRows(
  kind: RecordKind,
  bytes: Uint8Array,
  entryName: string,
  onRow: () => void,
): BundleRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError('bad-row', `交接包已损坏：${entryName} 不是有效的 UTF-8 文本`);
  }
  const where = `交接包中的${RECORD_KIND_LABELS[kind]}（${entryName}）`;
  if (text.length > 0 && !text.endsWith('\n')) {
    throw new BundleError('bad-row', `${where}最后一行不完整`);
  }
  const lines = text.length > 0 ? text.slice(0, -1).split('\n') : [];
  const out: BundleRow[] = [];
  const lineOfId = new Map<string, number>();
  lines.forEach((line, index) => {
    const n = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BundleError('bad-row', `${where}第${n}行不是有效的 JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new BundleError('bad-row', `${where}第${n}行不是一条记录`);
    }
    const { _revs: revs, ...record } = value as Record<string, unknown>;
    const result = validateRecord(kind, record);
    if (!result.ok) {
      throw new BundleError(
        'bad-row',
        `${where}第${n}行有误：${result.issues.map((issue) => issue.message).join('；')}`,
      );
    }
    const history = revs === undefined ? undefined : revisionHistorySchema.safeParse(revs);
    if (history && !history.success) {
      throw new BundleError('bad-row', `${where}第${n}行有误：版本记录（_revs）格式不正确`);
    }
    const earlier = lineOfId.get(result.value.id);
    if (earlier !== undefined) {
      throw new BundleError('bad-row', `${where}第${n}行与第${earlier}行是同一条记录（编号重复）`);
    }
    lineOfId.set(result.value.id, n);
    out.push(history ? { ...result.value, _revs: history.data } : result.value);
    onRow();
  });
  return out;
}
