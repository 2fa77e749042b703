import { describe, expect, it } from 'vitest';
import {
  donationTitle,
  recordSearchInput,
  recordTitle,
} from '../../../../renderer/src/domain/recordSearchInput';
import {
  activityInputSchema,
  donationInputSchema,
  type Activity,
  type Donation,
} from '../../../../renderer/src/domain/records';

function activity(dates: { startDate: unknown; endDate?: unknown }): Activity {
  const input = activityInputSchema.parse({
    title: '郴州行',
    type: '考察',
    place: '郴州市',
    ...dates,
  });
  return { ...input, id: 'a' } as Activity;
}

describe('how a search hit for an activity is shown', () => {
  it('gives a multi-day event its range, not only its first day', () => {
    const hit = recordSearchInput(
      'activity',
      activity({
        startDate: { year: 2018, month: 5, day: 29 },
        endDate: { year: 2018, month: 6, day: 1 },
      }),
    );
    expect(hit.subtitle).toBe('2018年5月29日至6月1日 · 考察 · 郴州市');
  });

  it('gives a one-day event its day', () => {
    const hit = recordSearchInput(
      'activity',
      activity({ startDate: { year: 2021, month: 4, day: 15 } }),
    );
    expect(hit.subtitle).toBe('2021年4月15日 · 考察 · 郴州市');
  });
});

describe('how a donation is named in search, the 操作记录 and messages', () => {
  const donation = (fields: Record<string, unknown>): Donation =>
    ({
      ...donationInputSchema.parse({
        kind: '资金',
        donors: [{ type: '其他', name: '香港中华总商会' }],
        date: { year: 2020, month: 2, day: 3 },
        ...fields,
      }),
      id: 'd',
    }) as Donation;

  it('says who gave and how much, so that two gifts of one day are told apart', () => {
    expect(
      recordTitle(
        'donation',
        donation({
          amount: { amountMinor: 123456789, currency: 'HKD' },
          rate: '0.9013',
          cnyAmountMinor: 111271604,
        }),
      ),
    ).toBe('香港中华总商会捐赠 HK$1,234,567.89');
    const member = { type: '委员', memberId: '11111111-1111-4111-8111-111111111111' };
    expect(
      recordTitle(
        'donation',
        donation({ donors: [member], amount: { amountMinor: 10000000, currency: 'CNY' } }),
      ),
    ).toBe('委员捐赠 ¥100,000.00');
    expect(
      recordTitle(
        'donation',
        donation({
          donors: [member, { type: '其他', name: '海外侨胞', group: true }],
          amount: { amountMinor: 100, currency: 'CNY' },
        }),
      ),
    ).toBe('海外侨胞等捐赠 ¥1.00');
  });

  it('names members by name where the caller knows them', () => {
    const wong = { type: '委员', memberId: '11111111-1111-4111-8111-111111111111' };
    const chan = { type: '委员', memberId: '22222222-2222-4222-8222-222222222222' };
    const names = new Map([[wong.memberId, '黄家豪']]);
    const memberName = (id: string) => names.get(id);
    const hkd = { amountMinor: 10000000, currency: 'HKD' };
    const rated = { amount: hkd, rate: '0.9218', cnyAmountMinor: 9218000 };
    expect(donationTitle(donation({ donors: [wong], ...rated }), memberName)).toBe(
      '黄家豪捐赠 HK$100,000.00',
    );
    expect(
      donationTitle(
        donation({ donors: [wong, { type: '其他', name: '海外侨胞', group: true }], ...rated }),
        memberName,
      ),
    ).toBe('黄家豪、海外侨胞捐赠 HK$100,000.00');
    // A member whose name is not known yet is not left out: 等 says there are more.
    expect(donationTitle(donation({ donors: [wong, chan], ...rated }), memberName)).toBe(
      '黄家豪等捐赠 HK$100,000.00',
    );
    // Search and the 操作记录 name them as the timeline does.
    expect(recordTitle('donation', donation({ donors: [wong], ...rated }), memberName)).toBe(
      '黄家豪捐赠 HK$100,000.00',
    );
  });

  it('names no donor who asked not to be named (保密), a member or anyone else, in title or hit', () => {
    const wong = { type: '委员', memberId: '11111111-1111-4111-8111-111111111111' };
    const memberName = (id: string) => (id === wong.memberId ? '黄家豪' : undefined);
    const rated = {
      amount: { amountMinor: 10000000, currency: 'HKD' },
      rate: '0.9218',
      cnyAmountMinor: 9218000,
      confidential: true,
    };
    const member = donation({ donors: [wong], ...rated });
    const outside = donation({ donors: [{ type: '其他', name: '香港中华总商会' }], ...rated });
    const goods = donation({
      kind: '物资',
      donors: [wong, { type: '其他', name: '香港中华总商会' }],
      confidential: true,
      items: [{ name: '口罩', quantity: 1, value: { amountMinor: 30000000, currency: 'CNY' } }],
    });
    expect(donationTitle(member, memberName)).toBe('保密捐赠 HK$100,000.00');
    expect(donationTitle(outside, memberName)).toBe('保密捐赠 HK$100,000.00');
    expect(donationTitle(goods, memberName)).toBe('保密捐赠物资 ¥300,000.00');
    for (const gift of [member, outside, goods]) {
      const hit = recordSearchInput('donation', gift);
      // Not beside the hit either (涉及：香港中华总商会).
      expect([hit.title, ...(hit.names ?? [])].join()).not.toMatch(/黄家豪|香港中华总商会/);
    }
  });

  it('names goods, at their items’ 估值 when no total was declared', () => {
    const goods = donation({
      kind: '物资',
      items: [
        { name: '口罩', quantity: 1, value: { amountMinor: 30000000, currency: 'CNY' } },
        { name: '防护服', quantity: 1, value: { amountMinor: 15000000, currency: 'CNY' } },
      ],
    });
    expect(recordTitle('donation', goods)).toBe('香港中华总商会捐赠物资 ¥450,000.00');
    expect(
      recordTitle('donation', donation({ kind: '物资', items: [{ name: '口罩', quantity: 5 }] })),
    ).toBe('香港中华总商会捐赠物资');
  });
});
