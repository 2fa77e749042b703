import type { PointsRules } from '../domain/points';
import type { BundleRules } from '../domain/transfer/bundleRules';
import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';
import { readStageLimitDays, readStoredStageLimitDays, STAGE_LIMIT_KEY } from './goodsPipeline';
import { logSettingsChange } from './settingsAudit';
import { putRates, readRateTable } from './rateTable';
import type { RateEntry } from '../domain/money';

/** The rules a 交接包 carries: this install's rates and days, with the points rules `given` (设置 is the host's). */
export async function readBundleRules(
  pointsRules: PointsRules | null,
  database: DutyLedgerDb = db(),
): Promise<BundleRules> {
  return {
    exchangeRates: await readRateTable(database),
    pointsRules,
    stageLimitDays: await readStoredStageLimitDays(database),
  };
}

/** What an import writes of a bundle's rules into this database (the points rules are the host's). */
export interface RulesWrite {
  rates: { entries: RateEntry[]; seen: Map<string, string | undefined> };
  /** The days to store, or undefined to leave them; null puts the default back. */
  stageLimitDays?: number | null;
}

/**
 * Writes the rules an import takes, inside the import's transaction (which holds `meta`): a rate
 * changed here since the preview stops the whole import, as a record would.
 */
export async function writeImportedRules(database: DutyLedgerDb, write: RulesWrite): Promise<void> {
  if (write.rates.entries.length > 0) {
    await putRates(write.rates.entries, write.rates.seen, 'imported');
  }
  if (write.stageLimitDays === undefined) return;
  const before = await readStageLimitDays(database);
  if (write.stageLimitDays === null) await database.meta.delete(STAGE_LIMIT_KEY);
  else await database.meta.put({ key: STAGE_LIMIT_KEY, value: write.stageLimitDays });
  await logSettingsChange(
    database,
    'import',
    { goodsStageLimitDays: before },
    { goodsStageLimitDays: await readStageLimitDays(database) },
  );
}
