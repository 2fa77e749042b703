import { z } from 'zod';
import { AUDIT_ACTIONS } from './enums';
import { isoTimestampSchema, RECORD_KINDS } from './recordBase';

/** 操作记录: one create, update, delete, restore or import of one record; it drives undo. */
export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: isoTimestampSchema,
  /** The operator name from settings. */
  operator: z.string().trim().max(50),
  action: z.enum(AUDIT_ACTIONS),
  kind: z.enum(RECORD_KINDS),
  recordId: z.uuid(),
  /** One Chinese line, e.g. 修改委员“李微微”：联系电话. */
  summary: z.string().max(1000),
  /** The record before the change; null for a create or import of a new record. */
  before: z.record(z.string(), z.unknown()).nullable(),
  /**
   * The record after the change; for an import only `{ id, rev }`, since the imported row is itself
   * that revision and the next change's `before` keeps it.
   */
  after: z.record(z.string(), z.unknown()).nullable(),
});

export type AuditEntry = z.output<typeof auditEntrySchema>;

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
