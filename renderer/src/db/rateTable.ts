import { CURRENCIES, CURRENCY_CODES } from '../domain/currencies';
import type { RateEntry } from '../domain/money';
import { rateEntrySchema, rateKey } from '../domain/rates/rateRows';
import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';
import { logSettingsChange } from './settingsAudit';

/**
 * The 汇率 table (设置 → 汇率): one `meta` row, so that it lives with the records it converts.
 * A recorded donation keeps the rate it was given; changing the table changes no donation.
 */
export const RATE_TABLE_KEY = 'exchangeRates';

/** A write based on a table that changed since it was read (another window, an import). */
export class RateTableChangedError extends Error {
  constructor(entry: RateEntry, now: string | undefined) {
    const what = `${CURRENCIES[entry.currency].name} ${entry.from} 的汇率`;
    super(
      now === undefined
        ? `${what}已在别处删除，请核对后再保存。`
        : `${what}已在别处改为 ${now}，请核对后再保存。`,
    );
    this.name = 'RateTableChangedError';
  }
}

/** The table as stored, by currency (港币, 澳门币 … as pickers list them), then newest first; unreadable entries are left out. */
export async function readRateTable(database: DutyLedgerDb = db()): Promise<RateEntry[]> {
  const row = await database.meta.get(RATE_TABLE_KEY);
  const stored = Array.isArray(row?.value) ? (row.value as unknown[]) : [];
  return sortRates(
    stored.flatMap((value) => {
      const parsed = rateEntrySchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    }),
  );
}

/** How rates came to be written: typed in one by one, or pasted from a spreadsheet. */
export type RateSource = 'typed' | 'pasted' | 'imported';

/**
 * Adds rates, one transaction for all, with their entry in the 操作记录 (添加 or 修改 for one rate
 * typed in, 导入 for a paste). `seen` holds, per currency and date, the rate the user saw there
 * when deciding (undefined: none): where the table now holds another, nothing is written and
 * RateTableChangedError says which — a rate is never replaced unseen.
 */
export async function putRates(
  entries: readonly RateEntry[],
  seen: ReadonlyMap<string, string | undefined>,
  source: RateSource = 'typed',
): Promise<void> {
  const checked = entries.map((entry) => rateEntrySchema.parse(entry));
  const database = db();
  await database.transaction('rw', [database.meta, database.audit], async () => {
    const table = new Map((await readRateTable(database)).map((e) => [rateKey(e), e]));
    const replaced: RateEntry[] = [];
    for (const entry of checked) {
      const key = rateKey(entry);
      const now = table.get(key);
      if (now?.rate !== seen.get(key)) throw new RateTableChangedError(entry, now?.rate);
      if (now) replaced.push(now);
      table.set(key, entry);
    }
    await database.meta.put({ key: RATE_TABLE_KEY, value: sortRates([...table.values()]) });
    const action = source !== 'typed' ? 'import' : replaced.length > 0 ? 'update' : 'create';
    await logSettingsChange(
      database,
      action,
      { exchangeRates: replaced },
      { exchangeRates: [...checked] },
    );
  });
}

/** Removes one rate, only while the table still holds it as the user saw it; logged as 删除. */
export async function removeRate(entry: RateEntry): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.meta, database.audit], async () => {
    const table = await readRateTable(database);
    const key = rateKey(entry);
    const now = table.find((e) => rateKey(e) === key);
    if (now?.rate !== entry.rate) throw new RateTableChangedError(entry, now?.rate);
    await database.meta.put({
      key: RATE_TABLE_KEY,
      value: table.filter((e) => rateKey(e) !== key),
    });
    await logSettingsChange(database, 'delete', { exchangeRates: [now] }, { exchangeRates: [] });
  });
}

function sortRates(entries: RateEntry[]): RateEntry[] {
  return entries.sort(
    (a, b) =>
      CURRENCY_CODES.indexOf(a.currency) - CURRENCY_CODES.indexOf(b.currency) ||
      (a.from < b.from ? 1 : a.from > b.from ? -1 : 0),
  );
}
