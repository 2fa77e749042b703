// exceljs's streaming writer, imported by its own path: the package's browser build leaves it out
// (see nodeShims/ and electron.vite.config.ts for how the sheet worker runs it).
declare module 'exceljs/lib/stream/xlsx/workbook-writer' {
  import type { stream } from 'exceljs';

  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
