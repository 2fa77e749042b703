import { z } from 'zod';
import { STAGE_LIMIT_RANGE } from '../donations/goodsPipeline';
import type { RateEntry } from '../money';
import { pointsRulesSchema, readPointsRules, type PointsRules } from '../points';
import { rateEntrySchema, rateKey } from '../rates/rateRows';

/**
 * What the records of a 交接包 are read by, carried with them (`rules.json`): the 汇率 table that
 * converts donations, the 履职积分规则 (with the 履职提醒 standards) that grade members, and the
 * days after which goods are 超期. Without them a colleague's install would grade the same
 * records otherwise, and convert a new donation at no rate.
 */
export const RULES_ENTRY = 'rules.json';

export const bundleRulesSchema = z.object({
  // One rate per currency and day, as the table holds them: two would be written against each other.
  exchangeRates: z
    .array(rateEntrySchema)
    .max(100_000)
    .refine((rates) => new Set(rates.map(rateKey)).size === rates.length, {
      message: '同一币种同一日期的汇率出现了两次',
    }),
  /** null: the sender grades by the defaults. */
  pointsRules: pointsRulesSchema.nullable(),
  /** null: the sender keeps the default. */
  stageLimitDays: z.number().int().min(STAGE_LIMIT_RANGE.min).max(STAGE_LIMIT_RANGE.max).nullable(),
});

export type BundleRules = Omit<z.output<typeof bundleRulesSchema>, 'exchangeRates'> & {
  exchangeRates: RateEntry[];
};

/** The points rules 设置 holds (an opaque object the host keeps), read; null while the defaults stand. */
export function storedPointsRules(stored: unknown): PointsRules | null {
  return stored === null || stored === undefined ? null : readPointsRules(stored);
}

/**
 * Whether two sets of points rules grade alike: null stands for `defaults`, so rules saved with
 * the default numbers are the same as the defaults never changed.
 */
export function samePointsRulesInForce(
  a: PointsRules | null,
  b: PointsRules | null,
  defaults: PointsRules,
): boolean {
  return JSON.stringify(a ?? defaults) === JSON.stringify(b ?? defaults);
}

/** A rule the bundle and this install both hold, with different values. */
export interface Differing<T> {
  local: T;
  incoming: T;
}

/** What importing a bundle's rules would change here. */
export interface RulesPlan {
  /** Rates this install lacks (a currency and day it has no rate for): added with the records. */
  newRates: RateEntry[];
  /** Rates for the same currency and day with another value: kept unless the user chooses. */
  differingRates: Differing<RateEntry>[];
  /** The points rules, when they differ from those in force here (defaults stand for null). */
  pointsRules: Differing<PointsRules | null> | null;
  /** Whether this install's points rules are its defaults, never changed: then the bundle's are proposed. */
  pointsRulesUnchanged: boolean;
  stageLimitDays: Differing<number | null> | null;
  stageLimitUnchanged: boolean;
}

/** This install's rules, as the comparison needs them. */
export interface LocalRules {
  exchangeRates: readonly RateEntry[];
  /** As stored in 设置: null for the defaults. */
  pointsRules: PointsRules | null;
  /** As stored: null for the default. */
  stageLimitDays: number | null;
  /** The rules in force for null, to compare values rather than how they are stored. */
  defaults: { pointsRules: PointsRules; stageLimitDays: number };
}

/** Compares a bundle's rules with this install's. */
export function planRules(incoming: BundleRules, local: LocalRules): RulesPlan {
  const mine = new Map(local.exchangeRates.map((entry) => [rateKey(entry), entry]));
  const newRates: RateEntry[] = [];
  const differingRates: Differing<RateEntry>[] = [];
  for (const entry of incoming.exchangeRates) {
    const here = mine.get(rateKey(entry));
    if (!here) newRates.push(entry);
    else if (here.rate !== entry.rate) differingRates.push({ local: here, incoming: entry });
  }
  const samePoints = samePointsRulesInForce(
    incoming.pointsRules,
    local.pointsRules,
    local.defaults.pointsRules,
  );
  const daysInForce = (days: number | null) => days ?? local.defaults.stageLimitDays;
  const sameDays = daysInForce(incoming.stageLimitDays) === daysInForce(local.stageLimitDays);
  return {
    newRates,
    differingRates,
    pointsRules: samePoints ? null : { local: local.pointsRules, incoming: incoming.pointsRules },
    pointsRulesUnchanged: local.pointsRules === null,
    stageLimitDays: sameDays
      ? null
      : { local: local.stageLimitDays, incoming: incoming.stageLimitDays },
    stageLimitUnchanged: local.stageLimitDays === null,
  };
}

/** What the user chose to take of the bundle's rules; new rates are always taken. */
export interface RulesChoice {
  /** Replace the differing rates with the bundle's. */
  takeDifferingRates: boolean;
  takePointsRules: boolean;
  takeStageLimit: boolean;
}

/** The choice offered first: take what this install never changed, keep what it did. */
export function proposedChoice(plan: RulesPlan): RulesChoice {
  return {
    takeDifferingRates: false,
    takePointsRules: plan.pointsRules !== null && plan.pointsRulesUnchanged,
    takeStageLimit: plan.stageLimitDays !== null && plan.stageLimitUnchanged,
  };
}

/** Whether importing with `choice` changes any rule here. */
export function changesRules(plan: RulesPlan, choice: RulesChoice): boolean {
  return (
    plan.newRates.length > 0 ||
    (choice.takeDifferingRates && plan.differingRates.length > 0) ||
    (choice.takePointsRules && plan.pointsRules !== null) ||
    (choice.takeStageLimit && plan.stageLimitDays !== null)
  );
}

/** The rates to write, each against the value this install held (undefined: none). */
export function ratesToWrite(
  plan: RulesPlan,
  choice: RulesChoice,
): { entries: RateEntry[]; seen: Map<string, string | undefined> } {
  const taken = [
    ...plan.newRates.map((entry) => ({ entry, seen: undefined })),
    ...(choice.takeDifferingRates
      ? plan.differingRates.map((d) => ({ entry: d.incoming, seen: d.local.rate }))
      : []),
  ];
  return {
    entries: taken.map((t) => t.entry),
    seen: new Map(taken.map((t) => [rateKey(t.entry), t.seen])),
  };
}
