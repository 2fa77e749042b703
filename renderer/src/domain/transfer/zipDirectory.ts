/**
 * Reads a zip's central directory from the whole file: every entry's name, method and where its
 * data lies. fflate's streaming Unzip is not used for reading, because it finds entries by
 * scanning for signatures inside entries of unknown length (which its own streaming Zip writes):
 * an attachment that is itself a zip, such as a .docx, would show up as entries of its own.
 */
import { BundleError } from './bundleError';

export interface ZipEntryLocation {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  /** As the file claims it; the inflater trusts nothing of it. */
  declaredSize: number;
  dataStart: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const TRUNCATED = '交接包不完整（文件可能在复制或下载时被截断），请重新获取';

/** Whether the bytes start like a zip. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && reader(bytes).getUint32(0, true) === LOCAL_HEADER;
}

function reader(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (
      view.getUint32(at, true) === END_OF_DIRECTORY &&
      at + 22 + view.getUint16(at + 20, true) === bytes.length
    ) {
      return at;
    }
  }
  throw new BundleError('truncated', TRUNCATED);
}

/** The entries of the zip in `bytes`, in directory order; a cut or inconsistent file is refused. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntryLocation[] {
  const view = reader(bytes);
  const end = findEndOfDirectory(bytes, view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff) {
    throw new BundleError('not-a-bundle', '不是交接包：文件使用了本程序不写的 ZIP64 格式');
  }
  if (count > maxEntries) {
    throw new BundleError('too-large', `交接包的条目过多（${count} 个，上限 ${maxEntries} 个）`);
  }
  if (directoryStart + directorySize > end) throw new BundleError('truncated', TRUNCATED);
  const decoder = new TextDecoder();
  const entries: ZipEntryLocation[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw new BundleError('truncated', TRUNCATED);
    }
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localStart = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > end) throw new BundleError('truncated', TRUNCATED);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = decoder.decode(nameBytes);
    if (localStart + 30 > directoryStart || view.getUint32(localStart, true) !== LOCAL_HEADER) {
      throw new BundleError('truncated', TRUNCATED);
    }
    const localNameLength = view.getUint16(localStart + 26, true);
    const localExtraLength = view.getUint16(localStart + 28, true);
    const localName = bytes.subarray(localStart + 30, localStart + 30 + localNameLength);
    if (decoder.decode(localName) !== name) {
      throw new BundleError('damaged', `交接包已损坏：条目 ${name} 的名称前后不一致`);
    }
    const dataStart = localStart + 30 + localNameLength + localExtraLength;
    if (dataStart + compressedSize > directoryStart) throw new BundleError('truncated', TRUNCATED);
    entries.push({ name, method, compressedSize, declaredSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Why `name` may not be taken as it is, or undefined when it is safe: a name that climbs out of
 * the folder (`..`), starts at a root (`/x`, `C:`), or uses backslashes would write outside it
 * on an unpacking tool, so the whole bundle is refused (zip-slip).
 */
export function unsafeNameReason(name: string): string | undefined {
  if (name.length === 0) return '名称为空';
  if (name.includes('\\')) return '含有反斜杠';
  if (name.startsWith('/')) return '是绝对路径';
  if (/^[a-zA-Z]:/.test(name)) return '含有盘符';
  if ([...name].some((char) => char.charCodeAt(0) < 0x20)) return '含有控制字符';
  if (name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return '会越出交接包的目录';
  }
  return undefined;
}
