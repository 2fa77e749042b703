import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/handlers/senderCheck';

const trusted = ['app://duty-ledger', 'https://duty-ledger.local'];

describe('isTrustedSender', () => {
  it('accepts frames of our own origins', () => {
    expect(isTrustedSender('app://duty-ledger/index.html#/members', trusted)).toBe(true);
    expect(isTrustedSender('https://duty-ledger.local/index.html', trusted)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'about:blank',
    'https://duty-ledger.local.evil.com/index.html',
    'http://duty-ledger.local/index.html',
    'app://duty-ledger-evil/index.html',
    'file:///tmp/index.html',
    'https://example.org/',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, trusted)).toBe(false);
  });
});
