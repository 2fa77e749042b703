import { DutyLedgerDb } from './DutyLedgerDb';

export const DB_NAME = 'duty-ledger';

let instance: DutyLedgerDb | null = null;

/** The app's one database. Tests may swap it for a fresh one with `useDatabase`. */
export function db(): DutyLedgerDb {
  instance ??= new DutyLedgerDb(DB_NAME);
  return instance;
}

export function useDatabase(next: DutyLedgerDb): void {
  instance = next;
}
