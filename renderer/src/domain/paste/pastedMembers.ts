import { validateInput, type MemberInput } from '../records';
import { foldName, readCell, type CellContext } from './cellReaders';
import { type ColumnMapping } from './pasteColumns';
import { type PasteField } from './memberPasteFields';

/** One pasted data row, read and checked. */
export interface PastedMember {
  /** Its row in the pasted text, from 1 (a heading row is row 1). */
  line: number;
  cells: readonly string[];
  /** What the row would add, when it can be read. */
  input?: MemberInput;
  /** Why it cannot be added, one `字段：原因` each; empty when it can. */
  errors: string[];
  /** Why one might not want to add it (a name already there); it can still be added. */
  warning?: string;
}

/** A member already in the database, as duplicates are looked for. */
export interface KnownMember {
  name: string;
  otherNames?: readonly string[];
}

/**
 * Reads every data row into a member with the fields the mapping gives its columns, validated as
 * the form validates: a row that cannot be read says why, field by field, and yields no input.
 * Rows whose name (or its traditional/simplified twin) is already a member's, or an earlier
 * row's, are flagged with a warning.
 */
export function readPastedMembers(
  rows: readonly (readonly string[])[],
  hasHeader: boolean,
  mapping: ColumnMapping,
  fields: readonly PasteField[],
  known: readonly KnownMember[],
  context: CellContext = {},
): PastedMember[] {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const first = hasHeader ? 1 : 0;
  const result = rows.slice(first).map((cells, index) => {
    const row = readRow(cells, mapping, byKey, context);
    return { line: index + first + 1, cells, ...row };
  });
  flagDuplicates(result, known);
  return result;
}

function readRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  fields: ReadonlyMap<string, PasteField>,
  context: CellContext,
): Pick<PastedMember, 'input' | 'errors'> {
  const draft: Record<string, unknown> = {};
  const errors: string[] = [];
  const unreadable = new Set<string>();
  mapping.forEach((key, column) => {
    const field = key === null ? undefined : fields.get(key);
    if (!field) return;
    const cell = readCell(cells[column] ?? '', field.reading, {
      ...context,
      monthOnly: field.label.endsWith('年月'),
    });
    if ('error' in cell) {
      errors.push(`${field.label}：${cell.error}`);
      unreadable.add(field.key);
    } else if ('value' in cell) {
      draft[field.key] = cell.value;
    }
  });
  const checked = validateInput('member', draft);
  if (checked.ok && errors.length === 0) return { input: checked.value, errors };
  if (!checked.ok) {
    const top = (field: string) => field.split('.')[0] ?? field;
    for (const issue of checked.issues) {
      if (!unreadable.has(top(issue.field))) errors.push(issue.message);
    }
  }
  return { errors };
}

function flagDuplicates(rows: PastedMember[], known: readonly KnownMember[]): void {
  const existing = new Map<string, string>();
  for (const member of known) {
    for (const name of [member.name, ...(member.otherNames ?? [])]) {
      if (!existing.has(foldName(name))) existing.set(foldName(name), member.name);
    }
  }
  const earlier = new Map<string, number>();
  for (const row of rows) {
    if (!row.input) continue;
    const key = foldName(row.input.name);
    const same = existing.get(key);
    const line = earlier.get(key);
    if (same !== undefined) row.warning = `与已有委员“${same}”重名`;
    else if (line !== undefined) row.warning = `与第${line}行重名`;
    else earlier.set(key, row.line);
  }
}
