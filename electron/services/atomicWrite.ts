import writeFileAtomic from 'write-file-atomic';

/**
 * Writes through a temporary file in the same folder, fsyncs it and renames it over the target:
 * a reader sees the old file or the new one, never half of one.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    fsync: true,
  });
}
