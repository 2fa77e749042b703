import { copyFile, mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BACKUP_EXTENSION,
  BACKUP_NAME_PATTERN,
  type BackupEntry,
  type BackupKind,
} from '../contract/backups';
import { writeFileAtomically } from './atomicWrite';

/** The backup folder when the user has not chosen one. */
export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** The name a backup written at `at` gets: its UTC time to the millisecond, then its kind. */
export function backupFileName(kind: BackupKind, at: Date): string {
  const compact = at.toISOString().replace(/[-:.]/g, '');
  return `dutyledger-${compact}-${kind}${BACKUP_EXTENSION}`;
}

/** The kind and time a backup's name holds; null for any other file. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, t, kind] = match as unknown as [string, string, BackupKind];
  const createdAt = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.${t.slice(15, 18)}Z`;
  return Number.isNaN(Date.parse(createdAt)) ? null : { kind, createdAt };
}

/** The note beside a backup: the record counts the renderer gave, as JSON. */
export function noteNameOf(name: string): string {
  return name.slice(0, -BACKUP_EXTENSION.length) + '.json';
}

/** Every backup in `folder`, newest first; none when the folder does not exist yet. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    let bytes: number;
    try {
      const info = await stat(join(folder, name));
      if (!info.isFile()) continue;
      bytes = info.size;
    } catch {
      continue; // removed while listing
    }
    entries.push({ name, ...parsed, bytes, ...(await readNote(folder, name)) });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** What a backup's note says: its record counts and how many attachments it carries. */
interface BackupNote {
  counts: Record<string, number> | null;
  attachments: number | null;
}

async function readNote(folder: string, name: string): Promise<BackupNote> {
  let note: unknown;
  try {
    note = JSON.parse(await readFile(join(folder, noteNameOf(name)), 'utf8'));
  } catch {
    return { counts: null, attachments: null };
  }
  const { counts, attachments } = (note ?? {}) as { counts?: unknown; attachments?: unknown };
  const countsValid =
    Boolean(counts) &&
    typeof counts === 'object' &&
    Object.entries(counts as object).every(
      ([kind, n]) => /^[a-z]{1,30}$/.test(kind) && Number.isInteger(n) && (n as number) >= 0,
    );
  return {
    counts: countsValid ? (counts as Record<string, number>) : null,
    attachments:
      Number.isInteger(attachments) && (attachments as number) >= 0
        ? (attachments as number)
        : null,
  };
}

/** Writes a backup and its note, each atomically; the backup first, so a note never lies. */
export async function writeBackupFile(
  folder: string,
  name: string,
  bytes: Uint8Array,
  note: { counts: Record<string, number>; attachments: number | null },
): Promise<void> {
  await writeFileAtomically(join(folder, name), bytes);
  await writeFileAtomically(
    join(folder, noteNameOf(name)),
    new TextEncoder().encode(JSON.stringify(note, null, 2)),
  );
}

/** Removes a backup and its note. */
export async function removeBackupFile(folder: string, name: string): Promise<void> {
  for (const file of [name, noteNameOf(name)]) {
    await unlink(join(folder, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/**
 * Moves every backup (and its note) from one folder to another, possibly on another disk: each
 * file is copied under a temporary name, renamed into place, and only then removed from where
 * it was. Returns how many backups moved.
 */
export async function moveBackups(from: string, to: string): Promise<number> {
  await mkdir(to, { recursive: true });
  let moved = 0;
  for (const entry of await listBackups(from)) {
    for (const file of [entry.name, noteNameOf(entry.name)]) {
      const source = join(from, file);
      const temp = join(to, `.${file}.moving`);
      try {
        await copyFile(source, temp);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' && file !== entry.name) continue;
        throw error;
      }
      await rename(temp, join(to, file));
    }
    await removeBackupFile(from, entry.name);
    moved += 1;
  }
  return moved;
}
