/** Lowercase hex SHA-256 of `bytes`, by WebCrypto. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>),
  );
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** One buffer holding `parts` in order. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * A byte buffer that grows by doubling, so an entry's text is held once while it is written
 * (WebCrypto's digest needs the whole entry, and has no incremental form).
 */
export class GrowableBytes {
  private buffer = new Uint8Array(64 * 1024);
  length = 0;

  append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buffer.length) {
      let capacity = this.buffer.length * 2;
      while (capacity < this.length + bytes.length) capacity *= 2;
      const next = new Uint8Array(capacity);
      next.set(this.buffer.subarray(0, this.length));
      this.buffer = next;
    }
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes so far (a view: valid until the next append). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/**
 * Bytes encoded per call: a multiple of 3, so that each piece's base64 ends without padding and
 * the pieces join into the whole's; well under the engines' limit on a call's arguments.
 */
const BASE64_PIECE = 3 * 0x2000;

export function toBase64(bytes: Uint8Array): string {
  // A piece at a time, not a byte at a time: adding 8 MB to a string one character each held the
  // page for most of a second (a backup of the reference set); this is about ten times faster.
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += BASE64_PIECE) {
    pieces.push(btoa(String.fromCharCode(...bytes.subarray(at, at + BASE64_PIECE))));
  }
  return pieces.join('');
}

/** The bytes of a base64 text, or undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}
