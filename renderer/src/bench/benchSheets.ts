import { defaultOrder } from '../db/recordPages';
import { sheetClient } from '../features/transfer/sheets/sheetClient';
import type { SheetExportTiming } from './benchApi';

/** The bare write, in its own worker: ms, rows and bytes. */
function bareWrite(): Promise<{ ms: number; rows: number; bytes: number }> {
  const worker = new Worker(new URL('./bareSheet.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bare-sheet',
  });
  return new Promise((resolve, reject) => {
    worker.onmessage = (
      event: MessageEvent<{ ms: number; rows: number; bytes: number; error?: string }>,
    ) => {
      worker.terminate();
      if (event.data.error) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage('go');
  });
}

/**
 * The 捐赠台账 of every donation through the app's export (its worker: keyset pages, names, styles,
 * 合计), against the bare streaming write of the same rows; `runs` of each, in turn.
 */
export async function sheetExport(runs: number): Promise<SheetExportTiming> {
  const exportMs: number[] = [];
  const bareMs: number[] = [];
  let rows = 0;
  let exportBytes = 0;
  let bareBytes = 0;
  for (let i = 0; i < runs; i++) {
    const bare = await bareWrite();
    bareMs.push(bare.ms);
    bareBytes = bare.bytes;
    const started = performance.now();
    const result = await sheetClient().exportSheets({
      format: 'xlsx',
      lists: [{ kind: 'donation', order: defaultOrder('donation'), filters: {} }],
      unitName: '省政协港澳台侨和外事委员会',
      operator: '性能基准',
      date: '2026年11月29日',
      moneyUnit: '元',
      showPersonal: false,
      includeConfidential: true,
    }).done;
    exportMs.push(performance.now() - started);
    rows = result.rows;
    exportBytes = result.bytes.byteLength;
  }
  return { rows, exportMs, bareMs, exportBytes, bareBytes };
}
