import Dexie from 'dexie';
import { unzipSync, Zip, ZipDeflate } from 'fflate';
// Renamed: not a React hook, whatever its name says.
import { db as appDatabase, useDatabase as makeCurrent } from '../db/database';
import { DutyLedgerDb } from '../db/DutyLedgerDb';
import { setOperator } from '../db/operatorContext';
import { applyImport } from '../db/repositories/importRepository';
import type { StoredRow } from '../db/rows';
import { RECORD_KINDS } from '../domain/records';
import { importWrites } from '../domain/transfer/importPlan';
import { bundleClient } from '../features/transfer/bundle/bundleClient';
import {
  importSummaryOf,
  keepAttachments,
  previewBundle,
} from '../features/transfer/bundle/bundleImport';
import type { HandoverExportTiming, HandoverImportTiming } from './benchApi';

const IMPORT_DB_NAME = 'duty-ledger-bench-import';
const FLOOR_DB_NAME = 'duty-ledger-bench-import-floor';

const now = (): number => performance.now();

function joined(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The app's 交接包 export of the whole database, as 导出交接包 runs it (the bundle worker reads
 * every kind in keyset pages and streams the zip), into memory instead of the host's file.
 */
async function appExport(): Promise<{ bytes: Uint8Array; rows: number }> {
  const parts: Uint8Array[] = [];
  const manifest = await bundleClient().exportBundle(
    {
      appVersion: 'bench',
      operator: '性能基准',
      selection: '全部记录',
      filter: { type: 'all' },
      withAttachments: true,
      pointsRules: null,
    },
    {
      sink: async (chunk) => {
        parts.push(chunk);
      },
      // The reference set names no attachment; one would be read from the host's store.
      readAttachment: async () => undefined,
    },
  ).done;
  const rows = Object.values(manifest.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  return { bytes: joined(parts), rows };
}

/** The raw floor of an export: every table read whole, as JSON, deflated into one zip. */
async function floorExport(): Promise<Uint8Array> {
  const database = appDatabase();
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const encoder = new TextEncoder();
  for (const kind of RECORD_KINDS) {
    const rows = await database.tableOf(kind).toArray();
    const file = new ZipDeflate(`${kind}.json`, { level: 6 });
    zip.add(file);
    file.push(encoder.encode(JSON.stringify(rows)), true);
  }
  zip.end();
  return joined(parts);
}

/** The export of the whole reference set through the app, and its raw floor; `runs` of each. */
export async function handoverExport(runs: number): Promise<HandoverExportTiming> {
  const exportMs: number[] = [];
  const floorMs: number[] = [];
  let rows = 0;
  let exportBytes = 0;
  let floorBytes = 0;
  for (let i = 0; i < runs; i++) {
    let t = now();
    const floor = await floorExport();
    floorMs.push(now() - t);
    floorBytes = floor.length;
    t = now();
    const exported = await appExport();
    exportMs.push(now() - t);
    rows = exported.rows;
    exportBytes = exported.bytes.length;
  }
  return { rows, exportMs, floorMs, exportBytes, floorBytes };
}

/**
 * The import of the whole reference set into an EMPTY database through the app (the worker
 * checks the manifest and every checksum and row; the preview against the database; one
 * transaction with audit and undo step), against the raw floor: unzip, JSON.parse and bulkPut
 * into empty tables. The backup an import takes first is left out: of an empty database it is
 * nothing, and the bench's worker would back up the app's full one instead.
 */
export async function handoverImport(runs: number): Promise<HandoverImportTiming> {
  setOperator('性能基准');
  const bundle = await appExport();
  const floorZip = await floorExport();
  const importMs: number[] = [];
  const floorMs: number[] = [];
  const stages: Record<string, number> = {};
  const app = appDatabase();
  let written = 0;
  try {
    for (let i = 0; i < runs; i++) {
      await Dexie.delete(FLOOR_DB_NAME);
      const floorDb = new DutyLedgerDb(FLOOR_DB_NAME);
      await floorDb.open();
      let t = now();
      const files = unzipSync(floorZip);
      const decoder = new TextDecoder();
      for (const kind of RECORD_KINDS) {
        const file = files[`${kind}.json`];
        if (!file) throw new Error(`floor zip lacks ${kind}`);
        const rows = JSON.parse(decoder.decode(file)) as StoredRow[];
        const table = floorDb.tableOf(kind);
        await floorDb.transaction('rw', table, () => table.bulkPut(rows));
      }
      floorMs.push(now() - t);
      floorDb.close();
      await Dexie.delete(FLOOR_DB_NAME);

      await Dexie.delete(IMPORT_DB_NAME);
      const empty = new DutyLedgerDb(IMPORT_DB_NAME);
      await empty.open();
      makeCurrent(empty);
      const time = async <T>(stage: string, fn: () => Promise<T>): Promise<T> => {
        const started = now();
        const result = await fn();
        stages[stage] = (stages[stage] ?? 0) + now() - started;
        return result;
      };
      t = now();
      const opened = await time(
        'check and read (worker)',
        () => bundleClient().openBundle(bundle.bytes.slice()).done,
      );
      const plans = await time('preview', () => previewBundle(opened.rows));
      const writes = await time('plan writes', async () => importWrites(plans, new Map()));
      await time('attachments', () => keepAttachments(opened));
      written = await time('apply (one transaction)', () =>
        applyImport(importSummaryOf(opened), writes),
      );
      importMs.push(now() - t);
      makeCurrent(app);
      empty.close();
      await Dexie.delete(IMPORT_DB_NAME);
    }
  } finally {
    makeCurrent(app);
  }
  for (const stage of Object.keys(stages)) stages[stage] = (stages[stage] ?? 0) / runs;
  return {
    rows: written,
    importMs,
    floorMs,
    bundleBytes: bundle.bytes.length,
    floorBytes: floorZip.length,
    stages,
  };
}
