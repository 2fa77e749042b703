import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from '../fakeElectron';

vi.mock('electron', () => import('../fakeElectron'));

// The contract's verbs, written out: a channel added to or dropped from the preload must be a
// deliberate change to this list too.
const CONTRACT_VERBS = [
  'app:info',
  'app:openLogFolder',
  'attachments:gc',
  'attachments:get',
  'attachments:open',
  'attachments:put',
  'backup:chooseFolder',
  'backup:list',
  'backup:read',
  'backup:write',
  'files:beginWrite',
  'files:endWrite',
  'files:open',
  'files:read',
  'files:readChunk',
  'files:saveAs',
  'files:writeAtomic',
  'files:writeChunk',
  'log:write',
  'print:toPdf',
  'settings:get',
  'settings:set',
];

type Exposed = Record<string, Record<string, (args?: unknown) => Promise<unknown>>>;
let exposedName: unknown;
let api: Exposed;

beforeAll(async () => {
  await import('../../../../electron/preload/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  [exposedName, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [unknown, Exposed];
});

describe('the preload', () => {
  it('exposes one object, dutyLedger, and nothing else', () => {
    expect(exposedName).toBe('dutyLedger');
  });

  it('holds exactly the contract’s verbs, all functions, frozen', () => {
    const verbs = Object.entries(api).flatMap(([domain, actions]) =>
      Object.keys(actions).map((action) => `${domain}:${action}`),
    );
    expect(verbs.sort()).toEqual(CONTRACT_VERBS);
    for (const actions of Object.values(api)) {
      expect(Object.isFrozen(actions)).toBe(true);
      for (const verb of Object.values(actions)) expect(typeof verb).toBe('function');
    }
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('hands no part of ipcRenderer to the page', () => {
    const values = Object.values(api).flatMap((actions) => Object.values(actions));
    for (const leaked of [ipcRenderer, ipcRenderer.invoke, ipcRenderer.send, ipcRenderer.on]) {
      expect(values).not.toContain(leaked);
    }
  });

  it('sends each verb on its own channel and returns the host’s value', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: '/home/u/台账.csv' });
    await expect(api.files!.saveAs!({ defaultName: '台账.csv' })).resolves.toBe('/home/u/台账.csv');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('files:saveAs', { defaultName: '台账.csv' });
  });

  it('throws the host’s Chinese message when a call is refused', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: { channel: 'files:read', message: '只能读取刚在“打开”对话框中选定的文件' },
    });
    await expect(api.files!.read!({ path: '/etc/passwd', encoding: 'utf8' })).rejects.toThrow(
      '只能读取刚在“打开”对话框中选定的文件',
    );
  });
});
