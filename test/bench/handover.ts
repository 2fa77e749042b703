import type { Page } from 'playwright-core';
import { mean, type BudgetResult } from './report';

/*
 * 交接包 export and import of the whole reference set, each against its raw floor measured in the
 * same page (DESIGN.md §5): Dexie read + JSON + zip, and unzip + JSON + bulkPut into empty tables.
 * The work runs in the bench page (renderer/src/bench/benchHandover.ts); only timings come back.
 */

export const HANDOVER_EXPORT = 'handover export ÷ raw floor';
export const HANDOVER_IMPORT = 'handover import ÷ raw floor';

/** One budget line and the notes that explain it. */
export interface HandoverFigure {
  result: BudgetResult;
  notes: string[];
}

const ms = (values: readonly number[]): string => values.map((v) => v.toFixed(0)).join(' ');
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** The app's 交接包 export of every record against reading, JSON and zip of every table. */
export async function handoverExportFigure(page: Page, runs: number): Promise<HandoverFigure> {
  const run = await page.evaluate((n) => window.__dutyLedgerBench!.handoverExport(n), runs);
  return {
    result: {
      name: HANDOVER_EXPORT,
      value: mean(run.exportMs),
      unit: 'ms',
      floor: mean(run.floorMs),
      ratio: mean(run.exportMs) / mean(run.floorMs),
      budget: 2,
    },
    notes: [
      `handover export: ${run.rows} records; app ${ms(run.exportMs)} ms (${mb(run.exportBytes)}), ` +
        `raw floor ${ms(run.floorMs)} ms (${mb(run.floorBytes)})`,
    ],
  };
}

/** The app's 交接包 import into an empty database against unzip, JSON.parse and bulkPut. */
export async function handoverImportFigure(page: Page, runs: number): Promise<HandoverFigure> {
  const run = await page.evaluate((n) => window.__dutyLedgerBench!.handoverImport(n), runs);
  return {
    result: {
      name: HANDOVER_IMPORT,
      value: mean(run.importMs),
      unit: 'ms',
      floor: mean(run.floorMs),
      ratio: mean(run.importMs) / mean(run.floorMs),
      budget: 2,
    },
    notes: [
      `handover import into an empty database: ${run.rows} records written; app ${ms(run.importMs)} ms ` +
        `(${mb(run.bundleBytes)} bundle), raw floor ${ms(run.floorMs)} ms (${mb(run.floorBytes)} zip)`,
      ...Object.entries(run.stages).map(
        ([stage, amount]) => `  ${stage.padEnd(28)} ${amount.toFixed(0)} ms`,
      ),
    ],
  };
}
