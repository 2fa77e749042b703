/**
 * Passphrase encryption of a 交接包: AES-256-GCM with a key from PBKDF2-SHA-256. The plain bundle
 * (a zip) is cut into frames of FRAME_SIZE bytes, each encrypted with a fresh random 12-byte IV;
 * each frame's number and whether it is the last one are authenticated with it, so frames cannot be
 * dropped, reordered or cut off unnoticed. Readable without the passphrase: only the header below.
 */
import { z } from 'zod';
import { BundleError } from './bundleError';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './bundleFormat';
import { concatBytes, fromBase64, toBase64 } from './bytes';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
/** A file asking for more would only make the reader wait. */
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const FRAME_SIZE = 1024 * 1024;
/** A known text encrypted with the key, so a wrong passphrase is told apart from a damaged file. */
const CHECK_TEXT = new TextEncoder().encode(BUNDLE_FORMAT);

const base64Schema = z.string().min(1);

export const encryptionHeaderSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int(),
  encrypted: z.literal(true),
  cipher: z.literal('AES-256-GCM'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
  salt: base64Schema,
  check: z.object({ iv: base64Schema, data: base64Schema }),
});

export type EncryptionHeader = z.output<typeof encryptionHeaderSchema>;

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A new key from `passphrase` with a random salt, and the header that lets a reader derive it. */
export async function createEncryption(
  passphrase: string,
): Promise<{ key: CryptoKey; header: EncryptionHeader }> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const iv = randomBytes(IV_BYTES);
  const check = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, CHECK_TEXT),
  );
  return {
    key,
    header: {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      encrypted: true,
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      check: { iv: toBase64(iv), data: toBase64(check) },
    },
  };
}

/** The key for an encrypted bundle; a wrong passphrase fails the GCM tag of the check text. */
export async function openEncryption(
  header: EncryptionHeader,
  passphrase: string,
): Promise<CryptoKey> {
  const salt = fromBase64(header.salt);
  const iv = fromBase64(header.check.iv);
  const data = fromBase64(header.check.data);
  if (!salt || salt.length !== SALT_BYTES || !iv || iv.length !== IV_BYTES || !data) {
    throw new BundleError('damaged', '交接包已损坏：加密信息不完整');
  }
  const key = await deriveKey(passphrase, salt, header.iterations);
  try {
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> },
      key,
      data as Uint8Array<ArrayBuffer>,
    );
  } catch {
    throw new BundleError('wrong-passphrase', '口令不正确，无法打开此交接包');
  }
  return key;
}

function frameData(index: number, last: boolean): Uint8Array<ArrayBuffer> {
  const aad = new Uint8Array(9);
  aad.set([0x44, 0x4c, 0x42, 0x31]); // DLB1
  new DataView(aad.buffer).setUint32(4, index);
  aad[8] = last ? 1 : 0;
  return aad;
}

/** Cuts the plain bundle into encrypted frames: [length u32][IV][ciphertext + tag]. */
export class FrameEncryptor {
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  private index = 0;

  constructor(private readonly key: CryptoKey) {}

  /** The frames completed by `chunk` (often none). */
  async write(chunk: Uint8Array): Promise<Uint8Array[]> {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    const frames: Uint8Array[] = [];
    while (this.pendingLength > FRAME_SIZE) {
      const all = concatBytes(this.pending);
      frames.push(await this.frame(all.subarray(0, FRAME_SIZE), false));
      const rest = all.slice(FRAME_SIZE);
      this.pending = [rest];
      this.pendingLength = rest.length;
    }
    return frames;
  }

  /** The last frame (possibly of no bytes), marked as last. */
  async end(): Promise<Uint8Array> {
    const frame = await this.frame(concatBytes(this.pending), true);
    this.pending = [];
    this.pendingLength = 0;
    return frame;
  }

  private async frame(plain: Uint8Array, last: boolean): Promise<Uint8Array> {
    const iv = randomBytes(IV_BYTES);
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: frameData(this.index++, last) },
        this.key,
        plain as Uint8Array<ArrayBuffer>,
      ),
    );
    const out = new Uint8Array(4 + IV_BYTES + sealed.length);
    new DataView(out.buffer).setUint32(0, sealed.length);
    out.set(iv, 4);
    out.set(sealed, 4 + IV_BYTES);
    return out;
  }
}

const DAMAGED = '交接包已损坏：加密数据不完整或被改动';

/** The plain bundle inside `payload`; any missing, extra or altered byte is reported. */
export async function decryptPayload(payload: Uint8Array, key: CryptoKey): Promise<Uint8Array> {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (let index = 0; ; index++) {
    if (offset + 4 + IV_BYTES + TAG_BYTES > payload.length) {
      throw new BundleError('damaged', DAMAGED);
    }
    const length = view.getUint32(offset);
    const start = offset + 4 + IV_BYTES;
    if (length < TAG_BYTES || length > FRAME_SIZE + TAG_BYTES || start + length > payload.length) {
      throw new BundleError('damaged', DAMAGED);
    }
    const iv = payload.slice(offset + 4, start);
    const sealed = payload.subarray(start, start + length);
    const last = start + length === payload.length;
    try {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: frameData(index, last) },
        key,
        sealed as Uint8Array<ArrayBuffer>,
      );
      parts.push(new Uint8Array(plain));
    } catch {
      throw new BundleError('damaged', DAMAGED);
    }
    offset = start + length;
    if (last) return concatBytes(parts);
  }
}
