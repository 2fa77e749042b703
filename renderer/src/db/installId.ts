import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';

/** The `meta` key under which this installation's id is kept. */
export const INSTALL_ID_KEY = 'installId';

/**
 * This installation's id (a 交接包 names where it came from): a random UUID made and stored in
 * `meta` on first use, in one transaction, so two callers at once (the page and a worker) agree.
 */
export async function installId(database: DutyLedgerDb = db()): Promise<string> {
  return database.transaction('rw', database.meta, async () => {
    const row = await database.meta.get(INSTALL_ID_KEY);
    if (typeof row?.value === 'string' && row.value.length > 0) return row.value;
    const id = crypto.randomUUID();
    await database.meta.put({ key: INSTALL_ID_KEY, value: id });
    return id;
  });
}
