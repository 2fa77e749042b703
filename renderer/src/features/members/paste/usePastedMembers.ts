import { useMemo, useState } from 'react';
import { isHeaderRow } from '../../../domain/paste/pasteColumns';
import { memberPasteFields } from '../../../domain/paste/pasteFields';
import { readPastedRows } from '../../../domain/paste/readPastedRows';
import { useImportRows, type ImportRowsState } from '../../records/paste/useImportRows';

/** The pasted text, read: the rows of the shared import grid over it. */
export interface PastedMembersState extends ImportRowsState<'member'> {
  text: string;
  setText: (text: string) => void;
  /** How many rows were pasted, a heading row included. */
  rowCount: number;
  hasHeader: boolean;
  setHasHeader: (hasHeader: boolean) => void;
}

/**
 * The state of the paste dialog. The heading row and the mapping are proposed from the text and
 * kept once the user changes them (a mapping while the number of columns stays), until the text
 * is cleared.
 */
export function usePastedMembers(): PastedMembersState {
  const fields = useMemo(() => memberPasteFields(), []);
  const [text, setTextState] = useState('');
  const [headerChoice, setHeaderChoice] = useState<boolean | null>(null);
  const rows = useMemo(() => readPastedRows(text), [text]);
  const hasHeader = headerChoice ?? (rows[0] ? isHeaderRow(rows[0], fields) : false);
  const table = useMemo(() => {
    const first = hasHeader ? 1 : 0;
    const data = rows.slice(first).map((cells, index) => ({ line: index + first + 1, cells }));
    return hasHeader ? { header: rows[0], rows: data } : { rows: data };
  }, [rows, hasHeader]);
  const grid = useImportRows('member', table);

  return {
    ...grid,
    text,
    setText: (next) => {
      setTextState(next);
      // Edits keep the user's choices; clearing the text starts over.
      if (next.trim() === '') {
        setHeaderChoice(null);
        grid.reset();
      }
    },
    rowCount: rows.length,
    hasHeader,
    setHasHeader: (next) => {
      setHeaderChoice(next);
      grid.reset();
    },
  };
}
