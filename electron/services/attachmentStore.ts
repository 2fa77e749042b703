import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readdir, rm, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileAtomically } from './atomicWrite';

/** The folder holding every attachment, one file per content, sharded by the hash's first byte. */
export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments');
}

/** Where the content with this SHA-256 (64 lowercase hex digits, already checked) is kept. */
export function attachmentFilePath(dataDir: string, sha256: string): string {
  return join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256);
}

/** The SHA-256 of some bytes, as lowercase hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The size of the kept file, or null when there is none. */
export async function storedSize(dataDir: string, sha256: string): Promise<number | null> {
  try {
    const info = await stat(attachmentFilePath(dataDir, sha256));
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/**
 * Keeps `bytes` under their hash (which the caller has checked), written atomically. Content
 * already kept is not written again; a kept file of the wrong size (cut short by a crash outside
 * our atomic write) is replaced.
 */
export async function keepAttachment(
  dataDir: string,
  sha256: string,
  bytes: Uint8Array,
): Promise<{ created: boolean }> {
  if ((await storedSize(dataDir, sha256)) === bytes.byteLength) return { created: false };
  const path = attachmentFilePath(dataDir, sha256);
  await mkdir(join(attachmentsDir(dataDir), sha256.slice(0, 2)), { recursive: true });
  await writeFileAtomically(path, bytes);
  return { created: true };
}

/** The first bytes of a kept file, enough to tell its type. */
export async function readHead(path: string, length = 16): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(length);
    const { bytesRead } = await handle.read(head, 0, length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export interface KeptFile {
  path: string;
  /** The hash for a kept file; null for a temporary file a crashed write left behind. */
  sha256: string | null;
  mtimeMs: number;
}

/** Every file in the attachments folder, kept or left over. */
export async function listKeptFiles(dataDir: string): Promise<KeptFile[]> {
  const root = attachmentsDir(dataDir);
  const shards = await readdir(root, { withFileTypes: true }).catch(() => []);
  const files: KeptFile[] = [];
  for (const shard of shards) {
    if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
    const folder = join(root, shard.name);
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(folder, entry.name);
      const kept = /^[0-9a-f]{64}$/.test(entry.name) && entry.name.startsWith(shard.name);
      const left = /^\..*\.tmp$/.test(entry.name);
      if (!kept && !left) continue;
      files.push({ path, sha256: kept ? entry.name : null, mtimeMs: (await stat(path)).mtimeMs });
    }
  }
  return files;
}

/** Removes a file, counting one already gone as removed. */
export async function removeFile(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/**
 * A copy of the kept file named as the user knows it, for the system viewer (which goes by the
 * extension); copies live under `<dataDir>/opened/` and are cheap to throw away.
 */
export async function copyForViewing(
  dataDir: string,
  sha256: string,
  name: string,
): Promise<string> {
  const folder = join(dataDir, 'opened', sha256.slice(0, 16));
  await mkdir(folder, { recursive: true });
  const target = join(folder, safeFileName(name));
  await copyFile(attachmentFilePath(dataDir, sha256), target);
  return target;
}

/** Removes the viewer's copies made before `cutoff` (ms since the epoch); the viewer is done. */
export async function removeViewingCopies(dataDir: string, cutoff: number): Promise<void> {
  const root = join(dataDir, 'opened');
  for (const entry of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    const folder = join(root, entry.name);
    if (entry.isDirectory() && (await stat(folder)).mtimeMs < cutoff) {
      await rm(folder, { recursive: true, force: true });
    }
  }
}

/** A name that stays one file inside its folder on every system. */
export function safeFileName(name: string): string {
  const cleaned = [...basename(name.replace(/\\/g, '/'))]
    .map((char) => (char < ' ' || '<>:"|?*'.includes(char) ? '_' : char))
    .join('')
    .replace(/^\.+/, '_')
    .trim();
  return cleaned === '' ? '附件' : cleaned.slice(0, 200);
}
