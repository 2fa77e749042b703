import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';

/** The `meta` key under which the last handover to each colleague is kept. */
export const HANDOVERS_KEY = 'handovers';

/** When each colleague (by name) was last handed a 交接包, as ISO timestamps. */
export type Handovers = Record<string, string>;

/** The colleagues handed a 交接包 before, with when. */
export async function readHandovers(database: DutyLedgerDb = db()): Promise<Handovers> {
  const row = await database.meta.get(HANDOVERS_KEY);
  const value = row?.value;
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * Remembers a handover to `colleague` as of `at` (when the export started reading, so a record
 * saved during the export goes in the next one as well).
 */
export async function rememberHandover(
  colleague: string,
  at: string,
  database: DutyLedgerDb = db(),
): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    const handovers = await readHandovers(database);
    await database.meta.put({ key: HANDOVERS_KEY, value: { ...handovers, [colleague]: at } });
  });
}
