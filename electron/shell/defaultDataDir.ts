import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the data lives: DUTY_LEDGER_DATA_DIR, else the same folder Electron's userData uses. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DUTY_LEDGER_DATA_DIR) return env.DUTY_LEDGER_DATA_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, '履职台账');
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', '履职台账');
  }
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), '履职台账');
}
