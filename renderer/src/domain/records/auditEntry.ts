import { z } from 'zod';
import { AUDIT_ACTIONS } from './enums';
import { isoTimestampSchema, RECORD_KIND_LABELS, RECORD_KINDS } from './recordBase';

/**
 * What an entry is about: a kind of record, or 设置 — a change made in 设置 (经办人, the points
 * rules, the rates …), logged so a successor sees it, but not a record and not undone.
 */
export const AUDIT_KINDS = [...RECORD_KINDS, 'settings'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, string>> = {
  ...RECORD_KIND_LABELS,
  settings: '设置',
};

/**
 * 操作记录: one create, update, delete or restore of one record (it drives undo), one import of
 * many records of one kind, logged once for the batch, or one change of 设置.
 */
export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: isoTimestampSchema,
  /** The operator name from settings. */
  operator: z.string().trim().max(50),
  action: z.enum(AUDIT_ACTIONS),
  kind: z.enum(AUDIT_KINDS),
  /** The record changed; for an import or a change of 设置, the entry's own id. */
  recordId: z.uuid(),
  /** An entry of many records only (an import, a paste's 撤销): every record it wrote. */
  recordIds: z.array(z.uuid()).optional(),
  /** One Chinese line, e.g. 修改委员“李微微”：联系电话. */
  summary: z.string().max(1000),
  /**
   * The record before the change; null for a create or import of a new record. For 设置, the
   * settings changed, by their stored names (see settingChanges).
   */
  before: z.record(z.string(), z.unknown()).nullable(),
  /**
   * The record after the change. For an import only a count: each imported row is itself its
   * revision 1, and the next change's `before` keeps it.
   */
  after: z.record(z.string(), z.unknown()).nullable(),
});

export type AuditEntry = z.output<typeof auditEntrySchema>;

/** A record as the audit log and the undo steps keep it. */
export type RecordSnapshot = Record<string, unknown>;

/**
 * What writing `after` over `before` does to a record, as the audit log names it: a live record
 * becoming a tombstone is a delete, a tombstone coming back a restore, whatever the cause (an
 * undo of a create is a delete).
 */
export function transitionAction(
  before: { deletedAt?: unknown } | null,
  after: { deletedAt?: unknown },
): Exclude<AuditEntry['action'], 'import'> {
  if (!before) return 'create';
  if (!before.deletedAt && after.deletedAt) return 'delete';
  if (before.deletedAt && !after.deletedAt) return 'restore';
  return 'update';
}

/**
 * The Chinese summary line of an audit entry: 新建委员“李微微”, 修改履职活动“……”：联系电话、备注.
 *
 * `changed` lists the labels of the changed fields (updates only).
 */
export function auditSummary(
  action: z.output<typeof auditEntrySchema>['action'],
  kindLabel: string,
  title: string,
  changed: readonly string[] = [],
): string {
  const verb = { create: '新建', update: '修改', delete: '删除', restore: '恢复', import: '导入' }[
    action
  ];
  const tail = changed.length > 0 ? `：${changed.join('、')}` : '';
  return `${verb}${kindLabel}“${title}”${tail}`;
}

/** The summary of an import: 导入委员“李微微”, or 导入履职活动 3 条. */
export function importSummary(kindLabel: string, count: number, firstTitle: string): string {
  if (count === 1) return auditSummary('import', kindLabel, firstTitle);
  return `导入${kindLabel} ${count} 条`;
}

/**
 * One entry for an operation on many records of one kind (an import, removing the sample data):
 * its own id stands as `recordId`, and `recordIds` lists the records.
 */
export function batchAuditEntry(
  fields: Pick<AuditEntry, 'at' | 'operator' | 'action' | 'kind' | 'summary' | 'after'> & {
    recordIds: string[];
  },
): AuditEntry {
  const id = crypto.randomUUID();
  return { ...fields, id, recordId: id, before: null };
}
