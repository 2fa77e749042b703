import type { BrowserContext } from 'playwright-core';
import { NUMBERED_PAGE_PRINT_OPTIONS } from '../services/pdfPageNumbers';

/**
 * The shell's printer: the page is set into a fresh tab of the shell's Chromium (every request
 * of the context is aborted unless it is ours, so nothing remote loads) and printed with CDP
 * Page.printToPDF, A4 as its @page rule asks, numbered “— 1 —”.
 */
export function chromiumPrinter(context: BrowserContext): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', ...NUMBERED_PAGE_PRINT_OPTIONS });
      return new Uint8Array(pdf);
    } finally {
      await page.close();
    }
  };
}
