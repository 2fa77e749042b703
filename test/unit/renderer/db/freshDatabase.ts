import { useDatabase } from '../../../../renderer/src/db/database';
import { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';

/** A new, empty database (fake-indexeddb) made the app's current one. */
export function freshDatabase(): DutyLedgerDb {
  const database = new DutyLedgerDb(`test-${crypto.randomUUID()}`);
  useDatabase(database);
  return database;
}
