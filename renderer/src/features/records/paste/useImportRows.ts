import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { activitiesOn, donationsOn } from '../../../db/sheetImportData';
import { type ActivityKey } from '../../../domain/activities/similarActivity';
import {
  flagDuplicateActivities,
  type DonationKey,
  flagDuplicateDonations,
  flagDuplicateMembers,
} from '../../../domain/paste/likelyDuplicates';
import {
  applySavedMapping,
  proposeMapping,
  type ColumnMapping,
  type SavedMapping,
} from '../../../domain/paste/pasteColumns';
import { pasteFieldsOf, type ImportKind, type PasteField } from '../../../domain/paste/pasteFields';
import { readPastedRecords, type PastedRecord } from '../../../domain/paste/pastedRecords';
import { type PartialDate } from '../../../domain/partialDate';
import { type SheetRow } from '../../../domain/sheets/locateTable';
import { useImportContext } from './useImportContext';

const NOTHING_SAVED: SavedMapping = {};

/** Rows to import: the data rows, under their heading row when there is one. */
export interface ImportTable {
  header?: readonly string[] | undefined;
  rows: readonly SheetRow[];
}

/** The rows to import, read: the column mapping, each row checked, and which are chosen. */
export interface ImportRowsState<K extends ImportKind = ImportKind> {
  kind: K;
  fields: readonly PasteField[];
  /** How many columns the rows have. */
  width: number;
  header?: readonly string[] | undefined;
  mapping: ColumnMapping;
  /** Maps a column to a field (null: 不导入); a column that had the field gives it up. */
  mapColumn: (column: number, key: string | null) => void;
  records: readonly PastedRecord<K>[];
  /** Whether a readable row is to be added: yes unless unticked, a likely duplicate only if ticked. */
  isChosen: (record: PastedRecord<K>) => boolean;
  choose: (line: number, chosen: boolean) => void;
  /** False until what the rows are matched against has been read. */
  ready: boolean;
  /** Forgets the user's mapping and ticks (the rows are gone). */
  reset: () => void;
}

/**
 * The state of an import grid over `table`: the mapping is proposed from the heading row and
 * the cells, with `saved` choices for the same headings first, and kept once the user changes
 * it (while the number of columns stays: edits of a pasted text keep it); rows are read into records of `kind` and likely
 * duplicates of recorded ones (or of earlier rows) flagged, to be ticked by hand.
 */
export function useImportRows<K extends ImportKind>(
  kind: K,
  table: ImportTable,
  saved: SavedMapping = NOTHING_SAVED,
): ImportRowsState<K> {
  const fields = useMemo(() => pasteFieldsOf(kind), [kind]);
  const [mappingChoice, setMappingChoice] = useState<ColumnMapping | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, boolean>>(new Map());
  const { context, members, ready } = useImportContext();
  const width = Math.max(table.header?.length ?? 0, ...table.rows.map((row) => row.cells.length));

  const mapping = useMemo(() => {
    if (mappingChoice?.length === width) return mappingChoice;
    const cells = table.rows.map((row) => row.cells);
    const proposed = table.header
      ? proposeMapping([table.header, ...cells], true, fields)
      : proposeMapping(cells, false, fields);
    return table.header ? applySavedMapping(proposed, table.header, saved, fields) : proposed;
  }, [mappingChoice, width, table, fields, saved]);

  const read = useMemo(
    () =>
      readPastedRecords(kind, table.rows, mapping, fields, { ...context, headings: table.header }),
    [kind, table, mapping, fields, context],
  );
  const dates = useMemo(() => recordDates(read), [read]);
  const existing = useLiveQuery(
    async (): Promise<ActivityKey[] | DonationKey[]> =>
      kind === 'activity' ? activitiesOn(dates) : kind === 'donation' ? donationsOn(dates) : [],
    [kind, dates],
  );
  const records = useMemo(() => {
    const flagged = read.map((record) => ({ ...record }));
    if (kind === 'member') flagDuplicateMembers(flagged as PastedRecord<'member'>[], members);
    if (kind === 'activity') {
      flagDuplicateActivities(
        flagged as PastedRecord<'activity'>[],
        (existing ?? []) as ActivityKey[],
      );
    }
    if (kind === 'donation') {
      flagDuplicateDonations(
        flagged as PastedRecord<'donation'>[],
        (existing ?? []) as DonationKey[],
      );
    }
    return flagged;
  }, [read, kind, members, existing]);

  return {
    kind,
    fields,
    width,
    header: table.header,
    mapping,
    mapColumn: (column, key) =>
      setMappingChoice(
        mapping.map((current, index) =>
          index === column ? key : key !== null && current === key ? null : current,
        ),
      ),
    records,
    isChosen: (record) =>
      record.input !== undefined && (choices.get(record.line) ?? record.warning === undefined),
    choose: (line, chosen) => setChoices(new Map(choices).set(line, chosen)),
    ready: ready && existing !== undefined,
    reset: () => {
      setMappingChoice(null);
      setChoices(new Map());
    },
  };
}

/** The dates the readable rows fall on, where recorded duplicates would be. */
function recordDates(records: readonly PastedRecord[]): PartialDate[] {
  return records.flatMap((record) => {
    const input = record.input as { startDate?: PartialDate; date?: PartialDate } | undefined;
    const date = input?.startDate ?? input?.date;
    return date ? [date] : [];
  });
}
