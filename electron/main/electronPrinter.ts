import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NUMBERED_PAGE_PRINT_OPTIONS } from '../services/pdfPageNumbers';

/**
 * Electron's printer: the page is loaded from a temporary file into a hidden, sandboxed window
 * with JavaScript off, and printed with webContents.printToPDF, A4 as its @page rule asks,
 * numbered “— 1 —”.
 */
export async function printWithElectron(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'duty-ledger-print-'));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
    },
  });
  try {
    const file = join(dir, 'print.html');
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      ...NUMBERED_PAGE_PRINT_OPTIONS,
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
