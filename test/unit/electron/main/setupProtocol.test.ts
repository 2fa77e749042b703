import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setupProtocol } from '../../../../electron/main/setupProtocol';
import { policyWeaknesses } from '../contentSecurityPolicyAudit';
import { app, net, protocol, resetFakeElectron } from '../fakeElectron';

vi.mock('electron', () => import('../fakeElectron'));

const rendererDir = mkdtempSync(join(tmpdir(), 'dl-protocol-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>履职台账</title>');
writeFileSync(join(rendererDir, 'bench.html'), '<!doctype html><title>bench</title>');
const dataDir = mkdtempSync(join(tmpdir(), 'dl-protocol-data-'));

/** The handler `setupProtocol` registered for app://, called as Electron would. */
function serve(url: string, method = 'GET'): Promise<Response> {
  setupProtocol(rendererDir, dataDir);
  expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
  return handler(new Request(url, { method }));
}

describe('setupProtocol', () => {
  beforeEach(resetFakeElectron);

  it('serves the app with a strict content security policy', async () => {
    const response = await serve('app://duty-ledger/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>履职台账</title>');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policyWeaknesses(policy)).toEqual([]);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  });

  it.each(['POST', 'PUT', 'DELETE'])('answers %s with 405 and reads nothing', async (method) => {
    const response = await serve('app://duty-ledger/index.html', method);
    expect(response.status).toBe(405);
    expect(net.fetch).not.toHaveBeenCalled();
  });

  it.each([
    'app://duty-ledger/..%2f..%2fetc%2fpasswd',
    'app://duty-ledger/index.html%00.js',
    'app://duty-ledger/..%5c..%5csecret.js',
    'app://other-host/index.html',
  ])('refuses %s without reading a file', async (url) => {
    const response = await serve(url);
    expect([403, 404]).toContain(response.status);
    expect(net.fetch).not.toHaveBeenCalled();
  });

  it('answers 404 for a file the build does not have', async () => {
    expect((await serve('app://duty-ledger/assets/missing.js')).status).toBe(404);
  });

  it('serves the bench page in development only, never in a packaged build', async () => {
    expect((await serve('app://duty-ledger/bench.html')).status).toBe(200);
    resetFakeElectron();
    app.isPackaged = true;
    const packaged = await serve('app://duty-ledger/bench.html');
    expect(packaged.status).toBe(404);
    expect(net.fetch).not.toHaveBeenCalled();
    expect((await serve('app://duty-ledger/index.html')).status).toBe(200);
  });

  it('serves a stored photo at /attachments/<sha256> with its sniffed type, and nothing else of the data folder', async () => {
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    const sha = createHash('sha256').update(photo).digest('hex');
    mkdirSync(join(dataDir, 'attachments', sha.slice(0, 2)), { recursive: true });
    writeFileSync(join(dataDir, 'attachments', sha.slice(0, 2), sha), photo);
    writeFileSync(join(dataDir, 'settings.json'), '{}');

    const response = await serve(`app://duty-ledger/attachments/${sha}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/jpeg');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(photo);

    resetFakeElectron();
    expect((await serve('app://duty-ledger/attachments/..%2fsettings.json')).status).toBe(404);
    expect((await serve(`app://duty-ledger/attachments/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await serve(`app://duty-ledger/attachments/${sha}`, 'POST')).status).toBe(405);
  });
});
