import { type z } from 'zod';
import { partialDateSchema } from '../partialDate';
import { FIELD_LABELS, memberInputSchema } from '../records';
import { cellReadingOf, type CellReading } from './cellReaders';

/** A member field a pasted column can fill. */
export interface PasteField {
  key: string;
  /** The field's label (its column heading and the name in messages). */
  label: string;
  reading: CellReading;
}

/**
 * The member fields a pasted column can fill, in the form's order: every labelled top-level field
 * of the member schema whose value a cell can hold — so a field added to the schema and to
 * FIELD_LABELS joins the paste by itself.
 */
export function memberPasteFields(): PasteField[] {
  const shape: Readonly<Record<string, z.ZodType>> = memberInputSchema.shape;
  const labels: Readonly<Record<string, string>> = FIELD_LABELS.member;
  return Object.entries(labels).flatMap(([key, label]) => {
    const schema = shape[key];
    const reading = schema ? cellReadingOf(schema, partialDateSchema) : undefined;
    return reading ? [{ key, label, reading }] : [];
  });
}
