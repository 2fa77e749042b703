import type { AuditAction, AuditEntry } from '../records';
import { settingChanges, settingsSummary, type SettingsSnapshot } from './settingChanges';

/** How a summary line says what was done to a setting: a rate is 添加, a rule 修改. */
const VERBS: Readonly<Record<AuditAction, string>> = {
  create: '添加',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  import: '导入',
};

/**
 * The 操作记录 entry of a change of 设置, or null when nothing reads differently after it (保存
 * pressed with nothing changed). Its own id stands as `recordId`: a setting is not a record, and
 * no undo step refers to it.
 */
export function settingsAuditEntry(fields: {
  at: string;
  operator: string;
  action: AuditAction;
  before: SettingsSnapshot | null;
  after: SettingsSnapshot | null;
}): AuditEntry | null {
  const changes = settingChanges(fields.before, fields.after);
  if (changes.length === 0) return null;
  const id = crypto.randomUUID();
  return {
    id,
    recordId: id,
    at: fields.at,
    operator: fields.operator,
    action: fields.action,
    kind: 'settings',
    summary: settingsSummary(VERBS[fields.action], changes),
    before: fields.before,
    after: fields.after,
  };
}
