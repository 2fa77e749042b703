import { z } from 'zod';
import { partialDateSchema } from '../partialDateSchema';

/** A line break or tab with the spaces around it; between two Chinese characters, or else. */
const BREAK_IN_CHINESE = /(?<=\p{Script=Han})[ \t]*[\r\n\t\v\f]+[ \t]*(?=\p{Script=Han})/gu;
const BREAK = /[ \t]*[\r\n\t\v\f]+[ \t]*/g;

/**
 * A required one-line text, trimmed, its line breaks and tabs taken out — between Chinese
 * characters to nothing, elsewhere to one space: a cell pasted from a spreadsheet may hold a break
 * typed with Alt+Enter (陈美玲 on two lines), which a name, a title or a list never keeps.
 */
export function requiredText(max: number) {
  return z
    .string()
    .overwrite((text) => text.replace(BREAK_IN_CHINESE, '').replace(BREAK, ' '))
    .trim()
    .min(1)
    .max(max);
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
