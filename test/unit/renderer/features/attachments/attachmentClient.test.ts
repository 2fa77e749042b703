import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  keepAttachmentBytes,
  readAttachmentBytes,
} from '../../../../../renderer/src/features/attachments/attachmentClient';

const bytes = new Uint8Array([0xff, 0xd8, 0xff, 7, 7]);
const sha = createHash('sha256').update(bytes).digest('hex');

function host(present: boolean) {
  const put = vi.fn(
    async (args: { sha256: string; name: string; mimeType: string; data: Uint8Array }) => ({
      sha256: args.sha256,
      name: args.name,
      mimeType: args.mimeType,
      size: args.data.byteLength,
      created: true,
    }),
  );
  Object.defineProperty(window, 'dutyLedger', {
    configurable: true,
    value: {
      attachments: {
        put,
        get: async ({ sha256 }: { sha256: string }) =>
          present
            ? { status: 'present', sha256, size: bytes.byteLength, url: `/attachments/${sha256}` }
            : { status: 'missing', sha256 },
      },
    },
  });
  return { put };
}

afterEach(() => vi.unstubAllGlobals());

describe('readAttachmentBytes', () => {
  it('reads a kept file from its URL', async () => {
    host(true);
    const fetched = vi.fn(async () => new Response(bytes));
    vi.stubGlobal('fetch', fetched);
    expect(await readAttachmentBytes(sha)).toEqual(bytes);
    expect(fetched).toHaveBeenCalledWith(`/attachments/${sha}`);
  });

  it('answers undefined for a missing file, without fetching', async () => {
    host(false);
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    expect(await readAttachmentBytes(sha)).toBeUndefined();
    expect(fetched).not.toHaveBeenCalled();
  });
});

describe('keepAttachmentBytes', () => {
  it('sends the bytes with their SHA-256 for the host to check', async () => {
    const { put } = host(true);
    const kept = await keepAttachmentBytes({ name: '合影.jpg', mimeType: 'image/jpeg' }, bytes);
    expect(kept).toEqual({ sha256: sha, name: '合影.jpg', mimeType: 'image/jpeg', size: 5 });
    expect(put.mock.calls[0]?.[0]).toMatchObject({ from: 'bytes', sha256: sha, data: bytes });
  });
});
