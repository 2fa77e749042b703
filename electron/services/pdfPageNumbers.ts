/** Chromium's print footer for “— 1 —” page numbers (GB/T 9704: 4号, centred). */
const PAGE_NUMBER_FOOTER =
  '<div style="width:100%;text-align:center;font-size:14pt;' +
  'font-family:SimSun,\'Noto Serif CJK SC\',serif">— <span class="pageNumber"></span> —</div>';

/** An empty header: Chromium prints the date and title there otherwise. */
const EMPTY_HEADER = '<span></span>';

/**
 * The print settings both printers pass to Chromium (Electron's webContents.printToPDF and the
 * shell's Page.printToPDF): the page's own @page size and backgrounds, no header, and “— 1 —”
 * page numbers. Each printer adds A4 in its own API's words.
 */
export const NUMBERED_PAGE_PRINT_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: EMPTY_HEADER,
  footerTemplate: PAGE_NUMBER_FOOTER,
} as const;
