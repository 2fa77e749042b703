import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_KIND_LABELS,
  auditEntrySchema,
  auditSummary,
  batchAuditEntry,
  importSummary,
  RECORD_KIND_LABELS,
} from '../../../../../renderer/src/domain/records';
import { ID1, ID2, NOW } from './validationHelpers';

const entry = {
  id: ID1,
  at: NOW,
  operator: '陈昂昂',
  action: 'update',
  kind: 'member',
  recordId: ID2,
  summary: '修改委员“李微微”：联系电话',
  before: { name: '李微微', phone: '13812345678' },
  after: { name: '李微微', phone: '13812345679' },
};

describe('auditEntry', () => {
  it('accepts entries with snapshots or null', () => {
    expect(auditEntrySchema.safeParse(entry).success).toBe(true);
    expect(auditEntrySchema.safeParse({ ...entry, action: 'create', before: null }).success).toBe(
      true,
    );
    expect(auditEntrySchema.safeParse({ ...entry, at: '2021-04-15T16:00:00+08:00' }).success).toBe(
      true,
    );
  });

  it('accepts a change of 设置 as an entry of its own type', () => {
    expect(auditEntrySchema.safeParse({ ...entry, kind: 'settings' }).success).toBe(true);
    expect(AUDIT_KIND_LABELS.settings).toBe('设置');
  });

  it('refuses unknown actions and kinds and malformed fields', () => {
    expect(auditEntrySchema.safeParse({ ...entry, action: 'merge' }).success).toBe(false);
    expect(auditEntrySchema.safeParse({ ...entry, kind: 'meeting' }).success).toBe(false);
    expect(auditEntrySchema.safeParse({ ...entry, at: '昨天' }).success).toBe(false);
    expect(auditEntrySchema.safeParse({ ...entry, before: undefined }).success).toBe(false);
    expect(auditEntrySchema.safeParse({ ...entry, recordId: 'x' }).success).toBe(false);
    expect(auditEntrySchema.safeParse({ ...entry, recordIds: ['x'] }).success).toBe(false);
  });

  it('writes the summary line in Chinese', () => {
    expect(auditSummary('create', RECORD_KIND_LABELS.member, '李微微')).toBe('新建委员“李微微”');
    expect(auditSummary('update', '委员', '李微微', ['联系电话', '备注'])).toBe(
      '修改委员“李微微”：联系电话、备注',
    );
    expect(auditSummary('import', RECORD_KIND_LABELS.donation, '医用物资')).toBe(
      '导入捐赠“医用物资”',
    );
    expect(importSummary('履职活动', 32, '郴州行')).toBe('导入履职活动 32 条');
    expect(importSummary('委员', 1, '刘良')).toBe('导入委员“刘良”');
    expect(Object.values(AUDIT_ACTION_LABELS)).toEqual(['新建', '修改', '删除', '恢复', '导入']);
  });

  it('makes one valid entry for a batch, its own id standing as recordId', () => {
    const batch = batchAuditEntry({
      at: NOW,
      operator: '陈昂昂',
      action: 'import',
      kind: 'member',
      recordIds: [ID1, ID2],
      summary: '导入委员 2 条',
      after: { count: 2 },
    });
    expect(auditEntrySchema.parse(batch)).toEqual(batch);
    expect(batch.recordId).toBe(batch.id);
    expect(batch.before).toBeNull();
  });
});
