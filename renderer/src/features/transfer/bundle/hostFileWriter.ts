import { bridge } from '../../../bridge/bridge';

/** The bytes gathered before they cross to the host in one `files:writeChunk`. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** A file the host writes as the bundle streams out: chunks of bytes, then commit or discard. */
export interface HostFileWriter {
  /** Takes the next piece of the file (the bundle worker's sink). */
  write(bytes: Uint8Array): Promise<void>;
  /** Writes what is left and puts the file in place, whole. */
  commit(): Promise<void>;
  /** Leaves the target as it was. */
  discard(): Promise<void>;
}

/**
 * Opens the file the user just chose in the save dialog for writing in chunks: the bytes cross the
 * bridge as bytes (never base64), a few MB at a time, and the host renames the file into place
 * only on commit.
 */
export async function openHostFile(path: string): Promise<HostFileWriter> {
  const { writeId } = await bridge().files.beginWrite({ path });
  let parts: Uint8Array[] = [];
  let gathered = 0;
  let ended = false;

  const flush = async () => {
    if (gathered === 0) return;
    const data = new Uint8Array(gathered);
    let at = 0;
    for (const part of parts) {
      data.set(part, at);
      at += part.length;
    }
    parts = [];
    gathered = 0;
    await bridge().files.writeChunk({ writeId, data });
  };

  return {
    async write(bytes) {
      parts.push(bytes);
      gathered += bytes.length;
      if (gathered >= CHUNK_BYTES) await flush();
    },
    async commit() {
      await flush();
      ended = true;
      await bridge().files.endWrite({ writeId, commit: true });
    },
    async discard() {
      if (ended) return;
      ended = true;
      parts = [];
      gathered = 0;
      await bridge().files.endWrite({ writeId, commit: false });
    },
  };
}

/**
 * Writes bytes made in the page (an .xlsx, a .csv) to the file the user just chose in the save
 * dialog, as bytes, a few MB at a time: never a base64 string of the whole file on the page's
 * thread. The file is put in place only when all of it is written; on a failure the target is
 * left as it was.
 */
export async function writeHostFile(path: string, bytes: Uint8Array): Promise<void> {
  const file = await openHostFile(path);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      await file.write(bytes.subarray(at, at + CHUNK_BYTES));
    }
    await file.commit();
  } catch (error) {
    await file.discard().catch(() => undefined);
    throw error;
  }
}

/** The piece of a chosen file that crosses the bridge at once (the host's most). */
const READ_PIECE_BYTES = 4 * 1024 * 1024;

/**
 * The bytes of the file the user just chose in the 打开 dialog, read from the host in pieces of
 * 4 MB, each placed straight into one buffer of the file's size: no single string of the whole
 * file is ever built. `checkSize` sees the file's size once the first piece is in, and throws to
 * stop there (a file too large is refused without reading the rest).
 */
export async function readChosenFile(
  path: string,
  checkSize?: (size: number) => void,
): Promise<Uint8Array> {
  const files = bridge().files;
  const first = await files.readChunk({ path, offset: 0, length: READ_PIECE_BYTES });
  checkSize?.(first.size);
  const bytes = new Uint8Array(first.size);
  let at = placeBase64(bytes, 0, first.data);
  while (at < first.size) {
    const piece = await files.readChunk({ path, offset: at, length: READ_PIECE_BYTES });
    if (piece.bytes === 0) throw new Error('文件在读取时变短了，请重新选择');
    at = placeBase64(bytes, at, piece.data);
  }
  return bytes;
}

/** Decodes base64 into `bytes` from `at`; returns where the next piece goes. */
function placeBase64(bytes: Uint8Array, at: number, data: string): number {
  const binary = atob(data);
  if (at + binary.length > bytes.length) throw new Error('文件在读取时变长了，请重新选择');
  for (let i = 0; i < binary.length; i++) bytes[at + i] = binary.charCodeAt(i);
  return at + binary.length;
}
