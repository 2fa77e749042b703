import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../../electron/handlers/appRequest';

const root = mkdtempSync(join(tmpdir(), 'dl-renderer-'));
writeFileSync(join(root, 'index.html'), '<!doctype html>');
const origin = { protocol: 'app:', host: 'duty-ledger' };
const get = (url: string) => resolveAppRequest('GET', url, origin, root);

describe('resolveAppRequest', () => {
  it('serves files below the renderer folder with their type', () => {
    expect(get('app://duty-ledger/index.html')).toEqual({
      status: 200,
      filePath: join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(get('app://duty-ledger/')).toMatchObject({
      status: 200,
      filePath: join(root, 'index.html'),
    });
    expect(get('app://duty-ledger/assets/index-1.js')).toMatchObject({
      status: 200,
      filePath: join(root, 'assets', 'index-1.js'),
    });
  });

  it.each([
    'app://duty-ledger/../../etc/passwd',
    'app://duty-ledger/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://duty-ledger/assets/%2e%2e%2f%2e%2e%2fsecret.js',
    'app://duty-ledger/..%5c..%5csecret.js',
    'app://duty-ledger/a%00.js',
  ])('never leaves the renderer folder for %s', (url) => {
    const decision = get(url);
    const inside = decision.status === 200 && decision.filePath.startsWith(root + sep);
    expect(decision.status !== 200 || inside).toBe(true);
  });

  it('refuses a backslash or NUL smuggled into the path', () => {
    expect(get('app://duty-ledger/..%5c..%5csecret.js')).toMatchObject({ status: 403 });
    expect(get('app://duty-ledger/a%00.js')).toMatchObject({ status: 403 });
  });

  it('refuses other hosts and schemes', () => {
    expect(get('app://evil/index.html')).toMatchObject({ status: 403, reason: 'host' });
    expect(get('https://duty-ledger/index.html')).toMatchObject({ status: 403, reason: 'host' });
  });

  it('answers only GET and HEAD', () => {
    expect(resolveAppRequest('POST', 'app://duty-ledger/index.html', origin, root)).toMatchObject({
      status: 405,
    });
    expect(resolveAppRequest('HEAD', 'app://duty-ledger/index.html', origin, root).status).toBe(
      200,
    );
  });

  it('does not serve files of unknown types', () => {
    expect(get('app://duty-ledger/settings.db')).toMatchObject({ status: 404 });
  });
});
