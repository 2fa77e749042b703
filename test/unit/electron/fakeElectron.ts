// A stand-in for the `electron` module under Vitest (the binary cannot be downloaded here). Each
// test file mocks `electron` with it: vi.mock('electron', () => import('../fakeElectron')).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

class FakeApp extends EventEmitter {
  isPackaged = false;
  getVersion = () => '0.0.0-test';
  isReady = () => true;
}

export const app = new FakeApp();

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const dialog = {
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: true,
    filePaths: [] as string[],
  })),
  showErrorBox: vi.fn(),
};

export const BrowserWindow = {
  getFocusedWindow: vi.fn(() => null),
  fromWebContents: vi.fn((_contents: unknown) => null),
};

export const protocol = {
  handle: vi.fn(),
  registerSchemesAsPrivileged: vi.fn(),
};

/** Reads a file: URL the way Electron's net.fetch would. */
export const net = {
  fetch: vi.fn(async (url: string) => {
    const { readFile } = await import('node:fs/promises');
    return new Response(await readFile(new URL(url)));
  }),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), send: vi.fn(), on: vi.fn() };

/** A webContents that records what the security handlers do. */
export class FakeWebContents extends EventEmitter {
  setWindowOpenHandler = vi.fn();
}

/** A navigation-like event whose prevention can be checked. */
export function fakeEvent() {
  return { preventDefault: vi.fn() };
}

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
}
