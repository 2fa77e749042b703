import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalAfterConfirm } from '../../../../electron/main/externalUrl';

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

describe('openExternalAfterConfirm', () => {
  it('opens nothing when the user cancels', async () => {
    const open = vi.fn(async () => undefined);
    const opened = await openExternalAfterConfirm('https://example.org/', {
      confirm: async () => false,
      open,
    });
    expect(opened).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('shows a look-alike host as the browser will read it', async () => {
    const confirm = vi.fn(async () => true);
    const open = vi.fn(async () => undefined);
    // The х below is Cyrillic: the question must not show it as if it were the real site.
    await openExternalAfterConfirm('https://www.hnzх.gov.cn/', { confirm, open });
    const detail = (confirm.mock.calls[0] as unknown as [{ detail: string }])[0].detail;
    expect(detail).toMatch(/^https:\/\/www\.xn--[a-z0-9-]+\.gov\.cn\/$/);
    expect(open).toHaveBeenCalledWith(detail);
  });

  it('does not even ask about a link that may not leave the app', async () => {
    const confirm = vi.fn(async () => true);
    const open = vi.fn(async () => undefined);
    expect(await openExternalAfterConfirm('javascript:alert(1)', { confirm, open })).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
  });
});
