/**
 * The stored forms of an amount and a rate, for the record schemas. Apart from money.ts so that
 * what only formats or adds amounts (总览, the lists) does not load zod.
 */
import { z } from 'zod';
import { CURRENCY_CODES } from './currencies';
import { isValidRate } from './money';

export const moneySchema = z.object({
  amountMinor: z.number().int().safe(),
  currency: z.enum(CURRENCY_CODES),
});

/** A rate string as stored: a positive plain decimal, at most 10 fraction digits. */
export const rateSchema = z
  .string()
  .refine(isValidRate, { message: '格式不正确，应为大于零的数字，如 0.9213' });
