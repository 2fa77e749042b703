import { RECORD_KINDS, type RecordKind } from '../records';
import { RULES_ENTRY } from './bundleRules';
import { BundleError } from './bundleError';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  formatSize,
  MANIFEST_ENTRY,
  manifestSchema,
  READABLE_FORMAT_VERSIONS,
  recordsEntry,
  SHA256_PATTERN,
  type BundleLimits,
  type BundleManifest,
} from './bundleFormat';
import { unsafeNameReason, type ZipEntryLocation } from './zipDirectory';

const UPGRADE = (version: unknown) =>
  `此交接包由较新版本的程序生成（格式版本 ${String(version)}），请先升级本程序再导入`;

/** Refuses another format, and a version this program does not know, before anything else. */
export function checkFormat(raw: unknown): void {
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (head.format !== BUNDLE_FORMAT) {
    throw new BundleError('not-a-bundle', '不是交接包：清单中的格式名称不是本程序的交接包');
  }
  const version = head.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_FORMAT_VERSION) {
    throw new BundleError('newer-version', UPGRADE(version));
  }
  if (typeof version !== 'number' || !READABLE_FORMAT_VERSIONS.includes(version)) {
    throw new BundleError('unknown-version', `交接包的格式版本（${String(version)}）无法识别`);
  }
}

/** The manifest, once its format, version, kinds and fields are all known. */
export function checkManifest(raw: unknown): BundleManifest {
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

/**
 * Checks the manifest's entries against the zip's before anything is inflated: names (zip-slip),
 * one entry per kind counted and per attachment, none missing, none extra, declared sizes within
 * the limits. Returns the zip's entries by name. `rules.json` is taken in a v1 manifest too: the
 * builds just before v2 wrote it under v1, their backups included.
 */
export function checkEntries(
  manifest: BundleManifest,
  entries: readonly ZipEntryLocation[],
  limits: BundleLimits,
): Map<string, ZipEntryLocation> {
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
    } else if (!expected.has(entry.name) && entry.name !== RULES_ENTRY) {
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
  return present;
}
