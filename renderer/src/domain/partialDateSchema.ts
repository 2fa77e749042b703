import { z } from 'zod';
import { MONTH_NOTES, partialDateError, YEAR_NOTES, type PartialDateNote } from './partialDate';

/**
 * A PartialDate as the records' schemas check it. Apart from partialDate.ts, whose helpers the
 * first screen and the database's keys use without loading zod.
 */
export const partialDateSchema = z
  .object({
    year: z.number().int(),
    month: z.number().int().optional(),
    day: z.number().int().optional(),
    note: z.enum([...new Set<PartialDateNote>([...YEAR_NOTES, ...MONTH_NOTES])]).optional(),
  })
  .superRefine((d, ctx) => {
    const error = partialDateError(d);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });
