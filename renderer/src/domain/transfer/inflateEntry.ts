import { Inflate } from 'fflate';
import { BundleError } from './bundleError';
import { formatSize } from './bundleFormat';
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

/**
 * Inflates with the limits checked at every piece; `declared` bounds it further when known.
 * `subject` names the file in the messages (a 交接包, or a spreadsheet's quoted name).
 */
export function inflateWithinLimits(
  file: Uint8Array,
  entry: ZipEntryLocation,
  limit: number,
  totals: { inflated: number; max: number },
  declared?: number,
  subject = '交接包',
): Uint8Array {
  const before = totals.inflated;
  return inflateEntry(file, entry, (soFar) => {
    if (soFar > limit) {
      throw new BundleError(
        'too-large',
        `${subject}中的 ${entry.name} 解压后超过 ${formatSize(limit)}，疑似压缩炸弹，已停止读取`,
      );
    }
    if (before + soFar > totals.max) {
      throw new BundleError(
        'too-large',
        `${subject}解压后总大小超过 ${formatSize(totals.max)}，疑似压缩炸弹，已停止读取`,
      );
    }
    if (declared !== undefined && soFar > declared) {
      throw new BundleError('size-mismatch', `交接包已损坏：${entry.name} 的大小与清单不符`);
    }
    totals.inflated = before + soFar;
  });
}
