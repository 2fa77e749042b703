import { type z } from 'zod';
import { partialDateSchema } from '../partialDateSchema';
import { FIELD_LABELS, inputSchemas } from '../records';
import { cellReadingOf, type CellReading } from './cellReaders';

/** The record kinds rows of a spreadsheet can add. */
export const IMPORT_KINDS = ['member', 'activity', 'donation'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A field a pasted or imported column can fill. */
export interface PasteField {
  key: string;
  /** The field's label (its column heading and the name in messages). */
  label: string;
  reading: CellReading;
}

/**
 * Fields whose cells are read otherwise than their schema says: names matched to records, an
 * amount with its currency, a 开始日期 that may hold the whole range.
 */
const SPECIAL_READINGS: Partial<Record<ImportKind, Readonly<Record<string, CellReading>>>> = {
  activity: {
    startDate: { type: 'dateRange' },
    participants: { type: 'members' },
    campaignId: { type: 'campaign' },
  },
  donation: {
    donors: { type: 'donors' },
    amount: { type: 'money' },
    cnyAmountMinor: { type: 'cny' },
    campaignId: { type: 'campaign' },
  },
};

/** Columns that fill part of a field: 币种 goes with 金额. */
const EXTRA_FIELDS: Partial<Record<ImportKind, Readonly<Record<string, PasteField>>>> = {
  donation: { amount: { key: 'currency', label: '币种', reading: { type: 'currency' } } },
};

/**
 * The fields of a kind a column can fill, in the form's order: every labelled top-level field
 * of the kind's schema whose value a cell can hold — so a field added to the schema and to
 * FIELD_LABELS joins the paste and the import by itself.
 */
export function pasteFieldsOf(kind: ImportKind): PasteField[] {
  const shape: Readonly<Record<string, z.ZodType>> = inputSchemas[kind].shape;
  const labels: Readonly<Record<string, string>> = FIELD_LABELS[kind];
  const special = SPECIAL_READINGS[kind] ?? {};
  const extra = EXTRA_FIELDS[kind] ?? {};
  return Object.entries(labels).flatMap(([key, label]) => {
    const schema = shape[key];
    const reading = special[key] ?? (schema ? cellReadingOf(schema, partialDateSchema) : undefined);
    if (!reading) return [];
    const after = extra[key];
    return after ? [{ key, label, reading }, after] : [{ key, label, reading }];
  });
}

/** The member fields a pasted column can fill. */
export function memberPasteFields(): PasteField[] {
  return pasteFieldsOf('member');
}
