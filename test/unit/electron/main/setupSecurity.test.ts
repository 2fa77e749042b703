import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setupSecurity } from '../../../../electron/main/setupSecurity';
import { createFileLogger } from '../../../../electron/services/logger';
import {
  app,
  dialog,
  fakeEvent,
  FakeWebContents,
  resetFakeElectron,
  session,
  shell,
} from '../fakeElectron';

vi.mock('electron', () => import('../fakeElectron'));

function secureContents() {
  setupSecurity(createFileLogger(mkdtempSync(join(tmpdir(), 'dl-security-'))));
  const contents = new FakeWebContents();
  app.emit('web-contents-created', fakeEvent(), contents);
  const openWindow = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: {
    url: string;
  }) => { action: string };
  return { contents, openWindow };
}

describe('setupSecurity', () => {
  beforeEach(resetFakeElectron);

  it('denies every permission a page asks for or checks', () => {
    secureContents();
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(check({}, 'geolocation')).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://duty-ledger.evil/index.html',
    'app://duty-ledgerx/index.html',
  ])('prevents navigation to %s', (url) => {
    const { contents } = secureContents();
    const event = fakeEvent();
    contents.emit('will-navigate', event, url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('lets the app move between its own pages', () => {
    const { contents } = secureContents();
    const event = fakeEvent();
    contents.emit('will-navigate', event, 'app://duty-ledger/index.html#/members');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents redirects and webviews', () => {
    const { contents } = secureContents();
    const redirect = fakeEvent();
    const webview = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    contents.emit('will-attach-webview', webview, {}, {});
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and opens nothing the user did not confirm', async () => {
    const { openWindow } = secureContents();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(openWindow({ url: 'https://www.hnzx.gov.cn/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({
      detail: 'https://www.hnzx.gov.cn/',
      buttons: ['打开', '取消'],
      cancelId: 1,
    });
    expect(openWindow({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens a web link in the browser once the user chose 打开', async () => {
    const { openWindow } = secureContents();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(openWindow({ url: 'https://www.hnzx.gov.cn/a?b=1' })).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(shell.openExternal).toHaveBeenCalledWith('https://www.hnzx.gov.cn/a?b=1'),
    );
  });
});
