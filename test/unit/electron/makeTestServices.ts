import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShellServices } from '../../../electron/shell/createShellServices';
import { ScriptedDialogs } from '../../../electron/shell/scriptedDialogs';

/** Real host services over a fresh temporary data folder, with scripted dialogs. */
export function makeTestServices(
  options: { printToPdf?: (html: string) => Promise<Uint8Array> } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'duty-ledger-unit-'));
  const dialogs = new ScriptedDialogs({ native: null });
  const opened: string[] = [];
  const services = createShellServices({
    dataDir,
    dialogs,
    chromiumVersion: 'test',
    openPath: async (path) => {
      opened.push(path);
    },
    ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
  });
  return { services, dialogs, dataDir, opened };
}

export const TRUSTED_URL = 'https://duty-ledger.local/index.html#/settings';
