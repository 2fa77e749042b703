import { type CellContext } from './cellReaders';
import { type ColumnMapping } from './pasteColumns';
import { type PasteField } from './pasteFields';
import { readPastedRecords, type PastedRecord } from './pastedRecords';
import { flagDuplicateMembers, type KnownMember } from './likelyDuplicates';

/** One pasted member row, read and checked. */
export type PastedMember = PastedRecord<'member'>;
export type { KnownMember };

/**
 * Reads every pasted data row into a member (see readPastedRecords); rows whose name (or its
 * traditional/simplified twin) is already a member's, or an earlier row's, are flagged.
 */
export function readPastedMembers(
  rows: readonly (readonly string[])[],
  hasHeader: boolean,
  mapping: ColumnMapping,
  fields: readonly PasteField[],
  known: readonly KnownMember[],
  context: CellContext = {},
): PastedMember[] {
  const first = hasHeader ? 1 : 0;
  const data = rows.slice(first).map((cells, index) => ({ line: index + first + 1, cells }));
  const result = readPastedRecords('member', data, mapping, fields, context);
  flagDuplicateMembers(result, known);
  return result;
}
