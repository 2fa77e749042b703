// @vitest-environment node
// The rules a 交接包 carries (rules.json): read back as written, refused when altered, and
// compared with an install's own so that the preview says what importing would change.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_LIMIT_DAYS } from '../../../../../renderer/src/domain/donations/goodsPipeline';
import { DEFAULT_POINTS_RULES } from '../../../../../renderer/src/domain/points';
import { BundleError } from '../../../../../renderer/src/domain/transfer/bundleError';
import {
  changesRules,
  planRules,
  proposedChoice,
  ratesToWrite,
  type BundleRules,
  type LocalRules,
} from '../../../../../renderer/src/domain/transfer/bundleRules';
import { readBundle } from '../../../../../renderer/src/domain/transfer/readBundle';
import { writeBundle } from '../../../../../renderer/src/domain/transfer/writeBundle';
import { handMadeBundle, join, WRITE_OPTIONS } from './bundleFixtures';

const HKD = { currency: 'HKD', from: '2024-01-01', rate: '0.9213' } as const;
const MOP = { currency: 'MOP', from: '2024-01-01', rate: '0.8942' } as const;

/** The sender's rules: 提案领衔 7 points instead of the default, goods 超期 after 45 days. */
function sendersRules(): BundleRules {
  const pointsRules = structuredClone(DEFAULT_POINTS_RULES);
  pointsRules.proposal.lead = 7;
  return { exchangeRates: [HKD, MOP], pointsRules, stageLimitDays: 45 };
}

function install(rules: Partial<LocalRules> = {}): LocalRules {
  return {
    exchangeRates: [],
    pointsRules: null,
    stageLimitDays: null,
    defaults: { pointsRules: DEFAULT_POINTS_RULES, stageLimitDays: DEFAULT_STAGE_LIMIT_DAYS },
    ...rules,
  };
}

async function bundleWith(rules: BundleRules | undefined): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeBundle(
    { records: {}, ...(rules ? { rules } : {}) },
    async (chunk) => void chunks.push(chunk),
    WRITE_OPTIONS,
  );
  return join(chunks);
}

describe('rules.json in a 交接包', () => {
  it('comes back as written, and a bundle without it reads as carrying none', async () => {
    expect((await readBundle(await bundleWith(sendersRules()))).rules).toEqual(sendersRules());
    expect((await readBundle(await bundleWith(undefined))).rules).toBeNull();
  });

  it('is refused, naming it, when a rate in it is not a rate', async () => {
    const altered = { ...sendersRules(), exchangeRates: [{ ...HKD, rate: '很多' }] };
    const bytes = await handMadeBundle({ 'rules.json': JSON.stringify(altered) });
    const error = await readBundle(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).message).toContain('rules.json 中的汇率或规则不正确');
  });
});

it('refuses rules.json listing a currency and day twice', async () => {
  const twice = { ...sendersRules(), exchangeRates: [HKD, { ...HKD, rate: '0.9' }] };
  const bytes = await handMadeBundle({ 'rules.json': JSON.stringify(twice) });
  const error = await readBundle(bytes).catch((e: unknown) => e);
  expect((error as BundleError).message).toContain('同一币种同一日期的汇率出现了两次');
});

describe('what importing a bundle’s rules would change', () => {
  it('adds the rates this install lacks, lists those that differ, and proposes the rules it never changed', () => {
    const plan = planRules(
      sendersRules(),
      install({ exchangeRates: [{ currency: 'HKD', from: '2024-01-01', rate: '0.92' }] }),
    );
    expect(plan.newRates).toEqual([MOP]);
    expect(plan.differingRates).toEqual([
      { local: { currency: 'HKD', from: '2024-01-01', rate: '0.92' }, incoming: HKD },
    ]);
    expect(plan.pointsRules?.incoming?.proposal.lead).toBe(7);
    expect(plan.stageLimitDays).toEqual({ local: null, incoming: 45 });
    const choice = proposedChoice(plan);
    expect(choice).toEqual({
      takeDifferingRates: false,
      takePointsRules: true,
      takeStageLimit: true,
    });
    // The differing rate stays unless chosen; chosen, it is written against the value seen.
    expect(ratesToWrite(plan, choice).entries).toEqual([MOP]);
    const all = ratesToWrite(plan, { ...choice, takeDifferingRates: true });
    expect(all.entries).toEqual([MOP, HKD]);
    expect(all.seen.get('HKD@2024-01-01')).toBe('0.92');
    expect(all.seen.get('MOP@2024-01-01')).toBeUndefined();
  });

  it('keeps, unticked, the rules an install changed itself', () => {
    const mine = structuredClone(DEFAULT_POINTS_RULES);
    mine.proposal.lead = 5;
    const plan = planRules(sendersRules(), install({ pointsRules: mine, stageLimitDays: 60 }));
    expect(plan.pointsRulesUnchanged).toBe(false);
    expect(proposedChoice(plan)).toMatchObject({ takePointsRules: false, takeStageLimit: false });
  });

  it('finds nothing to change where the values are the same, stored or by default', () => {
    const defaults: BundleRules = { exchangeRates: [HKD], pointsRules: null, stageLimitDays: null };
    const same = install({
      exchangeRates: [HKD],
      pointsRules: structuredClone(DEFAULT_POINTS_RULES),
      stageLimitDays: DEFAULT_STAGE_LIMIT_DAYS,
    });
    const plan = planRules(defaults, same);
    expect(plan).toMatchObject({
      newRates: [],
      differingRates: [],
      pointsRules: null,
      stageLimitDays: null,
    });
    expect(
      changesRules(plan, { takeDifferingRates: true, takePointsRules: true, takeStageLimit: true }),
    ).toBe(false);
  });
});
