import type { BundleProgress } from '../../../domain/transfer/writeBundle';

/** How far a bundle job has come, 0–99 until it is done: rows weigh as much as the entries. */
export function progressPercent(progress: BundleProgress): number {
  const rows = progress.rowsTotal > 0 ? progress.rowsDone / progress.rowsTotal : 1;
  const entries = progress.entriesTotal > 0 ? progress.entriesDone / progress.entriesTotal : 0;
  return Math.min(99, Math.floor(((rows + entries) / 2) * 100));
}
