import { countListed, type ListQuery } from '../../../db/recordPages';
import { db } from '../../../db/database';
import { fromRow } from '../../../db/rows';
import { referencedName } from '../../../domain/references';
import { RECORD_KIND_LABELS, type AnyRecord, type RecordKind } from '../../../domain/records';
import { writeLedgerSheet, type LedgerCell } from './ledgerSheet';
import { listedRecords } from './listedRecords';
import { RECORD_SHEETS, type SheetContext } from './recordSheets';
import { csvHeader, csvRow, UTF8_BOM } from './sheetCsv';
import type { SheetExportRequest, SheetExportResult, SheetProgress } from './sheetProtocol';
import { joinChunks, writeWorkbook } from './writeWorkbook';

/** Rows between two looks at 取消 and progress. */
const PROGRESS_EVERY = 500;

/** The kinds whose names other records show (捐赠方, 负责委员, 所属专项, 所属工作室). */
const NAMED_KINDS: readonly RecordKind[] = ['member', 'campaign', 'studio'];

/**
 * Exports lists as a 台账 workbook (one sheet each) or one list as CSV in UTF-8 with a BOM,
 * reading each list in keyset pages with its filters and order. Donations marked 保密 are left
 * out and counted unless the request includes them.
 */
export async function runSheetExport(
  request: SheetExportRequest,
  options: { signal?: AbortSignal; onProgress?: (progress: SheetProgress) => void } = {},
): Promise<SheetExportResult> {
  const { signal } = options;
  const context: SheetContext = { nameOf: await readNames(), showPersonal: request.showPersonal };
  const counts = await Promise.all(request.lists.map((query) => countListed(query)));
  const progress: SheetProgress = { written: 0, total: counts.reduce((a, b) => a + b, 0) };
  let lastReport = 0;
  const report = (force = false) => {
    const now = Date.now();
    if (!force && now - lastReport < 100) return;
    lastReport = now;
    options.onProgress?.({ ...progress });
  };
  report(true);
  const result = { rows: 0, confidentialLeftOut: 0, confidentialIncluded: 0 };

  /** A list's rows as cells, the confidential ones counted (and left out unless asked for). */
  async function* cellsOf(query: ListQuery): AsyncGenerator<LedgerCell[]> {
    const cells = RECORD_SHEETS[query.kind].cells as (
      r: AnyRecord,
      c: SheetContext,
    ) => LedgerCell[];
    for await (const record of listedRecords<RecordKind>(query)) {
      if (progress.written % PROGRESS_EVERY === 0) {
        signal?.throwIfAborted();
        report();
      }
      progress.written += 1;
      if (query.kind === 'donation' && (record as { confidential?: boolean }).confidential) {
        if (!request.includeConfidential) {
          result.confidentialLeftOut += 1;
          continue;
        }
        result.confidentialIncluded += 1;
      }
      result.rows += 1;
      yield cells(record as AnyRecord, context);
    }
  }

  const chunks: Uint8Array[] = [];
  if (request.format === 'csv') {
    const query = request.lists[0];
    if (!query) throw new Error('没有要导出的列表');
    const encoder = new TextEncoder();
    chunks.push(UTF8_BOM, encoder.encode(csvHeader(RECORD_SHEETS[query.kind].columns)));
    let index = 0;
    for await (const cells of cellsOf(query)) {
      index += 1;
      chunks.push(encoder.encode(csvRow(index, cells, request.moneyUnit)));
    }
  } else {
    await writeWorkbook(
      async (workbook) => {
        for (const query of request.lists) {
          const sheet = RECORD_SHEETS[query.kind];
          const before = { ...result };
          await writeLedgerSheet(
            workbook,
            {
              name: RECORD_KIND_LABELS[query.kind],
              title: sheet.title,
              unitName: request.unitName,
              date: request.date,
              moneyUnit: request.moneyUnit,
              columns: sheet.columns,
              operator: request.operator,
              notes: () =>
                query.kind === 'donation'
                  ? confidentialNotes(
                      result.confidentialLeftOut - before.confidentialLeftOut,
                      result.confidentialIncluded - before.confidentialIncluded,
                    )
                  : [],
            },
            cellsOf(query),
            signal ? { signal } : {},
          );
        }
      },
      (chunk) => chunks.push(chunk),
    );
  }
  signal?.throwIfAborted();
  report(true);
  return { ...result, bytes: joinChunks(chunks) };
}

/** The footer note of a donation sheet: how many 保密 donations it leaves out, or holds. */
export function confidentialNotes(leftOut: number, included: number): string[] {
  const notes: string[] = [];
  if (leftOut > 0)
    notes.push(`注：另有 ${leftOut} 笔保密捐赠（捐赠方要求不公开）未列入本表，合计亦不含。`);
  if (included > 0)
    notes.push(`注：本表含 ${included} 笔保密捐赠，捐赠方要求不公开，请勿对外公布。`);
  return notes;
}

/** Names of members, 专项 and studios by id, （已删除） marked, as lists show them. */
export async function readNames(): Promise<(id: string) => string> {
  const names = new Map<string, string>();
  for (const kind of NAMED_KINDS) {
    const rows = await db().tableOf(kind).toArray();
    for (const row of rows) names.set(row.id, referencedName(kind, fromRow<RecordKind>(row)));
  }
  return (id) => names.get(id) ?? '';
}
