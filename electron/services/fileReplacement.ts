import { randomBytes } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A fresh, hidden temporary file name beside `path`: in the same folder, so that renaming it over
 * the target replaces the target in one step.
 */
export function tempPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Makes a rename in `folder` durable where the system lets a folder be fsynced (not on Windows). */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a folder; the rename is as durable as the system makes it.
  }
}

/** The permissions of the file a write replaces, for its replacement to keep (new: 0o666). */
export async function existingMode(path: string): Promise<number> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return 0o666;
  }
}
