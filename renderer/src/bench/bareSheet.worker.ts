/// <reference lib="webworker" />
// The floor of the bench's xlsx budget: the same donation rows the 捐赠台账 export writes, read in
// one go and written by exceljs's streaming writer with nothing else — no styles, no title, no
// 合计 — in a worker of its own, as the export runs in its.
import '../features/transfer/sheets/nodeShims/globals';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { db } from '../db/database';
import { fromRow } from '../db/rows';
import type { RecordByKind } from '../domain/records';
import { inUnit } from '../features/transfer/sheets/ledgerSheet';
import { RECORD_SHEETS } from '../features/transfer/sheets/recordSheets';
import { readNames } from '../features/transfer/sheets/runSheetExport';
import { EventEmitter } from '../features/transfer/sheets/nodeShims/events';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = () => {
  void writeBare().then(
    (result) => scope.postMessage(result),
    (error: unknown) => scope.postMessage({ error: String(error) }),
  );
};

async function writeBare(): Promise<{ ms: number; rows: number; bytes: number }> {
  const started = performance.now();
  const context = { nameOf: await readNames(), showPersonal: false };
  const donations = (await db().tableOf('donation').toArray())
    .map((row) => fromRow<'donation'>(row))
    .filter((donation: RecordByKind['donation']) => !donation.deletedAt);
  let bytes = 0;
  const out = new (class extends EventEmitter {
    write(chunk: Uint8Array): boolean {
      bytes += chunk.byteLength;
      return true;
    }
    end(): void {
      this.emit('finish');
    }
  })();
  const workbook = new WorkbookWriter({ stream: out as never });
  const sheet = workbook.addWorksheet('捐赠');
  const { columns, cells } = RECORD_SHEETS.donation;
  sheet.addRow(['序号', ...columns.map((column) => column.header)]).commit();
  donations.forEach((donation, i) => {
    const values = cells(donation, context).map((cell) =>
      typeof cell === 'object' ? inUnit(cell, '元') : cell,
    );
    sheet.addRow([i + 1, ...values]).commit();
  });
  sheet.commit();
  await workbook.commit();
  return { ms: performance.now() - started, rows: donations.length, bytes };
}
