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

/** The bytes of the file the user just chose in the 打开 dialog. */
export async function readChosenFile(path: string): Promise<Uint8Array> {
  const { data } = await bridge().files.read({ path, encoding: 'base64' });
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
