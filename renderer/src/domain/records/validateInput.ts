import { type z } from 'zod';
import { FIELD_LABELS } from './fieldLabels';
import { inputSchemas, recordSchemas, type InputByKind, type RecordByKind } from './inputSchemas';
import { RECORD_KIND_LABELS, type RecordKind } from './recordBase';

/** One problem with a record, ready to show next to its field. */
export interface ValidationIssue {
  /** The dotted path of the field, with array indices: `items.0.name`. */
  field: string;
  /** The field's visible label, with the row for list fields: 物资明细第1行·名称. */
  label: string;
  /** The full message: 姓名：不能为空. */
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** List fields whose items are rows of several fields. */
const ROW_FIELDS = new Set([
  'participants',
  'outcomes',
  'items',
  'stages',
  'donors',
  'attachments',
]);

const EXPECTED_TEXT: Record<string, string> = {
  number: '须为数字',
  int: '须为整数',
  boolean: '须为“是”或“否”',
  string: '须为文字',
};

/** The Chinese text of a zod issue, without the field label. */
function issueText(issue: z.core.$ZodRawIssue): string {
  const big = (n: number | bigint): boolean => Math.abs(Number(n)) >= 1e15;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '')
        return '不能为空';
      return EXPECTED_TEXT[issue.expected] ?? '格式不正确';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? '不能为空' : `至少${issue.minimum}个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少填写${issue.minimum}项`;
      if (big(issue.minimum)) return '数值过小';
      return issue.inclusive ? `不能小于${issue.minimum}` : `须大于${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过${issue.maximum}个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多${issue.maximum}项`;
      if (big(issue.maximum)) return '数值过大';
      return issue.inclusive ? `不能大于${issue.maximum}` : `须小于${issue.maximum}`;
    case 'invalid_value':
      return `须为以下之一：${issue.values.map(String).join('、')}`;
    case 'invalid_union':
      return '格式不正确';
    case 'unrecognized_keys':
      return `含有无法识别的字段：${issue.keys.join('、')}`;
    case 'custom':
      return issue.message ?? '不正确';
    default:
      return '格式不正确';
  }
}

/** The visible label of the field at `path`, e.g. 物资明细第1行·名称, 其他写法第2项. */
/** The fields every stored record carries, named for a message about a record read from a file. */
const BASE_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '编号',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  rev: '版本号',
  deletedAt: '删除时间',
};

export function fieldLabel(kind: RecordKind, path: readonly PropertyKey[]): string {
  const labels: Readonly<Record<string, string>> = FIELD_LABELS[kind];
  const pieces: string[] = [];
  const keys: string[] = [];
  let current: string | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const row = ROW_FIELDS.has(keys[keys.length - 1] ?? '') ? '行' : '项';
      pieces.push(`${current ?? ''}第${segment + 1}${row}`);
      current = undefined;
    } else {
      keys.push(String(segment));
      const key = keys.join('.');
      current = labels[key] ?? BASE_FIELD_LABELS[key] ?? current;
    }
  }
  if (current !== undefined) pieces.push(current);
  return pieces.length > 0 ? pieces.join('·') : RECORD_KIND_LABELS[kind];
}

function toIssues(kind: RecordKind, error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const label = fieldLabel(kind, issue.path);
    return {
      field: issue.path.map(String).join('.'),
      label,
      message: `${label}：${issue.message}`,
    };
  });
}

function parseWith<T>(schema: z.ZodType, kind: RecordKind, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input, { error: issueText });
  if (result.success) return { ok: true, value: result.data as T };
  return { ok: false, issues: toIssues(kind, result.error) };
}

/**
 * Validates what a form or an import hands in, with Chinese messages that name each field by
 * its label. On success `value` has the defaults applied and texts trimmed.
 *
 * Cross-field rules (结束日期 not before 开始日期, 金额 for 资金, 大事记摘要 for 列入大事记 …) are
 * checked only once every field on its own is valid.
 */
export function validateInput<K extends RecordKind>(
  kind: K,
  input: unknown,
): ValidationResult<InputByKind[K]> {
  return parseWith<InputByKind[K]>(inputSchemas[kind], kind, input);
}

/** Validates a stored record (a bundle entry, a database read) the same way. */
export function validateRecord<K extends RecordKind>(
  kind: K,
  input: unknown,
): ValidationResult<RecordByKind[K]> {
  return parseWith<RecordByKind[K]>(recordSchemas[kind], kind, input);
}
