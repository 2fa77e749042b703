import { Inflate } from 'fflate';
import { BundleError } from './bundleError';
import { concatBytes } from './bytes';
import type { ZipEntryLocation } from './zipDirectory';

/** Input is fed in pieces this size, so one step inflates to at most about a thousand times it. */
const SLICE = 16 * 1024;

/**
 * The inflated bytes of one entry. `allow` is told of every inflated piece as it appears and
 * throws to stop at the first byte over a limit: a bomb never inflates past it.
 */
export function inflateEntry(
  file: Uint8Array,
  entry: ZipEntryLocation,
  allow: (inflatedSoFar: number) => void,
): Uint8Array {
  const data = file.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    allow(data.length);
    return data.slice();
  }
  if (entry.method !== 8) {
    throw new BundleError('damaged', `交接包已损坏：条目 ${entry.name} 使用了不支持的压缩方式`);
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    allow(total);
    parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      const end = Math.min(at + SLICE, data.length);
      inflate.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError('damaged', `交接包已损坏：条目 ${entry.name} 无法解压`);
  }
  if (!ended) throw new BundleError('damaged', `交接包已损坏：条目 ${entry.name} 无法解压`);
  return concatBytes(parts);
}
