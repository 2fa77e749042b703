import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../../../renderer/src/domain/transfer/bytes';

/** Bytes that look like a compressed file: every value, in no order (a fixed generator). */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = 2463534242;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = state & 0xff;
  }
  return out;
}

describe('base64 of bytes, as the bridge carries files and backups', () => {
  it.each([0, 1, 2, 3, 0x5fff, 0x6000, 0x6001, 0x6002, 3 * 0x6000 + 7, 1_000_000])(
    'writes %i bytes as Node writes them, and reads them back',
    (length) => {
      const bytes = noise(length);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    },
  );

  it('writes a view into a larger buffer as the view alone', () => {
    const whole = noise(0x6000 * 2);
    const view = whole.subarray(100, 100 + 0x6000 + 5);
    expect(toBase64(view)).toBe(Buffer.from(view).toString('base64'));
  });
});
