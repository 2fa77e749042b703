import { open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { existingMode, syncFolder, tempPathBeside } from './fileReplacement';

/** The file-system steps a write may have replaced, so a test can make one of them fail. */
export interface AtomicWriteSteps {
  rename(from: string, to: string): Promise<void>;
}

const REAL_STEPS: AtomicWriteSteps = { rename };

/**
 * Writes through a temporary file in the same folder, fsyncs it and renames it over the target:
 * a reader sees the old file or the new one, never half of one. A failure at any step removes the
 * temporary file and leaves the target as it was.
 */
export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  steps: Partial<AtomicWriteSteps> = {},
): Promise<void> {
  const { rename: moveOnto } = { ...REAL_STEPS, ...steps };
  const temp = tempPathBeside(path);
  const mode = await existingMode(path);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await moveOnto(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}
