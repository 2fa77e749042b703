import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';

const run = promisify(execFile);

/** One entry of a zip (a .docx is one), as text. */
export function zipEntryText(bytes: Uint8Array, name: string): string {
  const entry = unzipSync(bytes, { filter: (file) => file.name === name })[name];
  if (!entry) throw new Error(`${name} is not in the file`);
  return strFromU8(entry);
}

/** The text of a .docx's body, one line per paragraph, read from word/document.xml. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = zipEntryText(bytes, 'word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => unescapeXml(t[1] ?? ''))
      .join(''),
  );
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Converts a .docx to PDF with LibreOffice headless (`soffice`, Debian libreoffice-writer-nogui)
 * and returns the PDF's text as pdftotext (poppler-utils) reads it, with its page count.
 */
export async function libreOfficePdfText(
  docx: Uint8Array,
): Promise<{ text: string; pages: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'dl-office-'));
  try {
    const input = join(dir, 'file.docx');
    await writeFile(input, docx);
    // Its own profile, so parallel runs do not wait on one another's lock.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    const pdf = join(dir, 'file.pdf');
    await readFile(pdf); // throws when LibreOffice wrote nothing
    return await pdfText(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A PDF's text as pdftotext (poppler-utils) reads it, with its page count from pdfinfo. */
export async function pdfText(pdf: string): Promise<{ text: string; pages: number }> {
  const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 1 << 24 });
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  return { text, pages };
}
