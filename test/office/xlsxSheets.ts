import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Opens an .xlsx with LibreOffice headless (`soffice`, Debian libreoffice-calc-nogui) and returns
 * every sheet as CSV text, by sheet name, cells as they are shown (number formats applied).
 */
export async function libreOfficeSheetsAsCsv(xlsx: Uint8Array): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'dl-calc-'));
  try {
    const input = join(dir, 'book.xlsx');
    await writeFile(input, xlsx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    // The CSV filter's options: comma, double quote, UTF-8 (76), from line 1, …, cells as shown
    // (token 9), and -1 for every sheet into its own file, book-<sheet name>.csv (LibreOffice 7.2+).
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    const sheets = new Map<string, string>();
    for (const name of await readdir(dir)) {
      const match = /^book-(.+)\.csv$/.exec(name);
      if (match?.[1]) sheets.set(match[1], await readFile(join(dir, name), 'utf8'));
    }
    if (sheets.size === 0) throw new Error('LibreOffice wrote no sheet');
    return sheets;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** CSV text as rows of cells (quoted cells with commas and doubled quotes understood). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
