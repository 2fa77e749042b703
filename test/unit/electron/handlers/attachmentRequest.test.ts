import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAttachmentRequest } from '../../../../electron/handlers/attachmentRequest';
import { sniffContentType } from '../../../../electron/services/attachmentTypes';

const origin = { protocol: 'https:', host: 'duty-ledger.local' };
const sha = 'ab'.padEnd(64, '0');
const resolve = (url: string, method = 'GET') =>
  resolveAttachmentRequest(method, url, origin, '/data');

describe('resolveAttachmentRequest', () => {
  it('maps /attachments/<sha256> to its file in the sharded folder', () => {
    expect(resolve(`https://duty-ledger.local/attachments/${sha}`)).toEqual({
      status: 200,
      filePath: join('/data', 'attachments', 'ab', sha),
    });
  });

  it('leaves other paths to the renderer’s files', () => {
    expect(resolve('https://duty-ledger.local/index.html')).toBeNull();
    expect(resolve('https://duty-ledger.local/assets/attachments.js')).toBeNull();
  });

  it.each([
    'https://duty-ledger.local/attachments/..%2fsettings.json',
    'https://duty-ledger.local/attachments/ab/' + sha,
    `https://duty-ledger.local/attachments/${sha.toUpperCase()}`,
    `https://duty-ledger.local/attachments/${sha}.jpg`,
  ])('names no other file: %s', (url) => {
    expect(resolve(url)?.status).toBe(404);
  });

  it('refuses writes and other hosts', () => {
    expect(resolve(`https://duty-ledger.local/attachments/${sha}`, 'PUT')?.status).toBe(405);
    expect(resolve(`https://evil.example/attachments/${sha}`)?.status).toBe(403);
  });
});

describe('sniffContentType', () => {
  it('tells photos and PDFs by their first bytes, and serves anything else as bytes', () => {
    expect(sniffContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffContentType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffContentType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffContentType(new TextEncoder().encode('<html><script>'))).toBe(
      'application/octet-stream',
    );
  });
});
