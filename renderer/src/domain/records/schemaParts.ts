import { z } from 'zod';
import { partialDateSchema } from '../partialDateSchema';

/** A required one-line text, trimmed. */
export function requiredText(max: number) {
  return z.string().trim().min(1).max(max);
}

/** An optional text, trimmed; the empty string is allowed (a cleared input). */
export function optionalText(max: number) {
  return z.string().trim().max(max).optional();
}

/** A reference to another record by its id. */
export const idRef = z.uuid();

/** A list of record ids, empty by default. */
export const idList = z.array(idRef).default([]);

/** A list of short texts (names, tags, honours), empty by default. */
export function textList(maxLength: number, maxItems = 100) {
  return z.array(requiredText(maxLength)).max(maxItems).default([]);
}

export const optionalDate = partialDateSchema.optional();

/** Whether an optional text was left empty. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
