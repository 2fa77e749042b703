import type { AuditAction } from '../domain/records';
import { settingsAuditEntry, type SettingsSnapshot } from '../domain/settings';
import { db } from './database';
import type { DutyLedgerDb } from './DutyLedgerDb';
import { currentOperator } from './operatorContext';

/**
 * Logs a change of 设置 in the 操作记录 under the 经办人, inside the caller's transaction (which
 * must take `audit`) for a setting kept in Dexie, so that the change and its entry commit
 * together. Writes nothing when nothing reads differently.
 */
export async function logSettingsChange(
  database: DutyLedgerDb,
  action: AuditAction,
  before: SettingsSnapshot | null,
  after: SettingsSnapshot | null,
): Promise<void> {
  const entry = settingsAuditEntry({
    at: new Date().toISOString(),
    operator: currentOperator(),
    action,
    before,
    after,
  });
  if (entry) await database.audit.add(entry);
}

/**
 * Logs settings the host has saved (electron-store, through the bridge): called once the host
 * confirmed the save, so the log never claims a change the host did not keep. `names` are the
 * settings the save was asked to change; each is logged with its value before and after.
 */
export async function logHostSettingsSaved(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  names: readonly string[],
): Promise<void> {
  // The host's settings are checked against its schema: their values have the snapshot's types.
  const pick = (settings: Readonly<Record<string, unknown>>) =>
    Object.fromEntries(names.map((name) => [name, settings[name]])) as SettingsSnapshot;
  const database = db();
  try {
    await database.transaction('rw', database.audit, () =>
      logSettingsChange(database, 'update', pick(before), pick(after)),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`设置已保存，但未能记入操作记录：${reason}`, { cause: error });
  }
}
