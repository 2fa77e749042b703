/**
 * Chromium's print footer for “— 1 —” page numbers (GB/T 9704: 4号, centred), shared by
 * Electron's webContents.printToPDF and the shell's Page.printToPDF.
 */
export const PAGE_NUMBER_FOOTER =
  '<div style="width:100%;text-align:center;font-size:14pt;' +
  'font-family:SimSun,\'Noto Serif CJK SC\',serif">— <span class="pageNumber"></span> —</div>';

/** An empty header: Chromium prints the date and title there otherwise. */
export const EMPTY_HEADER = '<span></span>';
