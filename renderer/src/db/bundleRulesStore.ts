import type { PointsRules } from '../domain/points';
import type { BundleRules } from '../domain/transfer/bundleRules';
import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';
import { readStageLimitDays, readStoredStageLimitDays, STAGE_LIMIT_KEY } from './goodsPipeline';
import { logSettingsChange } from './settingsAudit';
import { putRates, readRateTable } from './rateTable';
import type { RateEntry } from '../domain/money';
import { DEFAULT_STAGE_LIMIT_DAYS } from '../domain/donations/goodsPipeline';

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
  /**
   * The days to store, against the days stored when the preview was made (null: the default);
   * none to leave them as they are.
   */
  stageLimit?: { days: number | null; seen: number | null };
}

/** The days were changed here (in 设置) after the preview that proposed replacing them. */
export class StageLimitChangedError extends Error {
  constructor(now: number | null) {
    super(
      `阶段超期天数在预览之后已改为 ${now ?? DEFAULT_STAGE_LIMIT_DAYS} 天，请重新选择交接包，核对后再导入。`,
    );
    this.name = 'StageLimitChangedError';
  }
}

/**
 * Refuses when the days in force here are no longer those a preview saw (`seen` as stored then,
 * null for the default): a 保存 that kept the same number changed nothing that was compared.
 */
export async function checkStageLimitUnchanged(
  seen: number | null,
  database: DutyLedgerDb = db(),
): Promise<void> {
  const stored = await readStoredStageLimitDays(database);
  if ((stored ?? DEFAULT_STAGE_LIMIT_DAYS) !== (seen ?? DEFAULT_STAGE_LIMIT_DAYS)) {
    throw new StageLimitChangedError(stored);
  }
}

/**
 * Writes the rules an import takes, inside the import's transaction (which holds `meta`): a rate
 * or the days changed here since the preview stop the whole import, as a record would.
 */
export async function writeImportedRules(database: DutyLedgerDb, write: RulesWrite): Promise<void> {
  if (write.rates.entries.length > 0) {
    await putRates(write.rates.entries, write.rates.seen, 'imported');
  }
  if (!write.stageLimit) return;
  const { days, seen } = write.stageLimit;
  await checkStageLimitUnchanged(seen, database);
  const before = await readStageLimitDays(database);
  if (days === null) await database.meta.delete(STAGE_LIMIT_KEY);
  else await database.meta.put({ key: STAGE_LIMIT_KEY, value: days });
  await logSettingsChange(
    database,
    'import',
    { goodsStageLimitDays: before },
    { goodsStageLimitDays: await readStageLimitDays(database) },
  );
}
