import type { Settings } from '../contract';
import type { Logger } from './logger';
import type { PathGrants } from './pathGrants';

/** Reads and writes the settings; electron-store in Electron, a JSON file in the shell. */
export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

export interface DialogFilter {
  name: string;
  extensions: string[];
}

/** Native file dialogs; the shell and the tests inject their own. */
export interface Dialogs {
  showSave(options: {
    title?: string;
    defaultName?: string;
    filters?: DialogFilter[];
  }): Promise<string | null>;
  showOpen(options: {
    title?: string;
    filters?: DialogFilter[];
    multiple?: boolean;
  }): Promise<string[] | null>;
  /** Chooses a folder (a USB disk for the backups); null when cancelled. */
  showFolder(options: { title?: string }): Promise<string | null>;
}

/** Everything a handler may use. Handlers import no Electron module: this is their world. */
export interface HostServices {
  host: 'electron' | 'chromium-shell';
  appVersion: string;
  versions: Record<string, string>;
  dataDir: string;
  logDir: string;
  /** Origins whose frames may call the bridge. */
  trustedOrigins: readonly string[];
  settings: SettingsStore;
  /** Where an unreadable settings file was set aside at start-up; null when none was. */
  settingsSetAsideTo: string | null;
  dialogs: Dialogs;
  grants: PathGrants;
  log: Logger;
  /** Opens a folder in the system's file manager. */
  openPath(path: string): Promise<void>;
  /**
   * Prints a self-contained HTML page as an A4 PDF with “— 1 —” page numbers: Chromium's own
   * printing (webContents.printToPDF in Electron, CDP Page.printToPDF in the shell).
   */
  printToPdf(html: string): Promise<Uint8Array>;
  /** The clock backups are named and rotated by; tests inject one. Defaults to the system's. */
  now?: () => Date;
}
