import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../../electron/main/externalUrl';

describe('isSafeExternalUrl', () => {
  it('lets ordinary web links out', () => {
    expect(isSafeExternalUrl('https://www.hnzx.gov.cn/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=1')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'app://duty-ledger/x',
    'not a url',
    'https://',
  ])('keeps %s in', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
