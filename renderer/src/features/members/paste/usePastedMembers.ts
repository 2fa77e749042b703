import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { liveMemberNames, liveStudioNames } from '../../../db/queries';
import { foldName } from '../../../domain/paste/cellReaders';
import { memberPasteFields, type PasteField } from '../../../domain/paste/memberPasteFields';
import {
  isHeaderRow,
  proposeMapping,
  type ColumnMapping,
} from '../../../domain/paste/pasteColumns';
import { readPastedMembers, type PastedMember } from '../../../domain/paste/pastedMembers';
import { readPastedRows } from '../../../domain/paste/readPastedRows';

/** The pasted text, read: rows, the column mapping, and each row checked. */
export interface PastedMembersState {
  text: string;
  setText: (text: string) => void;
  fields: readonly PasteField[];
  rows: readonly (readonly string[])[];
  hasHeader: boolean;
  setHasHeader: (hasHeader: boolean) => void;
  mapping: ColumnMapping;
  /** Maps a column to a field (null: 不导入); a column that had the field gives it up. */
  mapColumn: (column: number, key: string | null) => void;
  members: readonly PastedMember[];
  /** Whether a readable row is to be added: yes unless unticked, a duplicate only if ticked. */
  isChosen: (member: PastedMember) => boolean;
  choose: (line: number, chosen: boolean) => void;
  /** False until the existing members (for duplicates) have been read. */
  ready: boolean;
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
  const [mappingChoice, setMappingChoice] = useState<ColumnMapping | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, boolean>>(new Map());
  const known = useLiveQuery(liveMemberNames);
  const studios = useLiveQuery(liveStudioNames);

  const rows = useMemo(() => readPastedRows(text), [text]);
  const hasHeader = headerChoice ?? (rows[0] ? isHeaderRow(rows[0], fields) : false);
  const mapping = useMemo(
    () =>
      mappingChoice?.length === (rows[0]?.length ?? 0)
        ? mappingChoice
        : proposeMapping(rows, hasHeader, fields),
    [mappingChoice, rows, hasHeader, fields],
  );
  const refIds = useMemo(
    () => new Map((studios ?? []).map((studio) => [foldName(studio.name), studio.id])),
    [studios],
  );
  const members = useMemo(
    () => readPastedMembers(rows, hasHeader, mapping, fields, known ?? [], { refIds }),
    [rows, hasHeader, mapping, fields, known, refIds],
  );

  return {
    text,
    setText: (next) => {
      setTextState(next);
      // Edits keep the user's choices; clearing the text starts over.
      if (next.trim() === '') {
        setHeaderChoice(null);
        setMappingChoice(null);
        setChoices(new Map());
      }
    },
    fields,
    rows,
    hasHeader,
    setHasHeader: (next) => {
      setHeaderChoice(next);
      setMappingChoice(null);
    },
    mapping,
    mapColumn: (column, key) =>
      setMappingChoice(
        mapping.map((current, index) =>
          index === column ? key : key !== null && current === key ? null : current,
        ),
      ),
    members,
    isChosen: (member) =>
      member.input !== undefined && (choices.get(member.line) ?? member.warning === undefined),
    choose: (line, chosen) => setChoices(new Map(choices).set(line, chosen)),
    ready: known !== undefined && studios !== undefined,
  };
}
