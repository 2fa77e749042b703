import { describe, expect, it } from 'vitest';
import {
  moreThanShown,
  referencedName,
  referenceSentence,
  referringTitle,
} from '../../../../renderer/src/domain/references';
import type { Donation, Member } from '../../../../renderer/src/domain/records';

describe('referenceSentence', () => {
  it('says in how many activities and donations a member appears', () => {
    expect(
      referenceSentence('member', [
        { kind: 'activity', count: 12 },
        { kind: 'donation', count: 3 },
      ]),
    ).toBe('该委员出现在 12 项履职活动、3 笔捐赠中。');
  });

  it('adds the studios a member leads or works in, and leaves out what is not there', () => {
    expect(
      referenceSentence('member', [
        { kind: 'activity', count: 1 },
        { kind: 'studio', count: 2 },
      ]),
    ).toBe('该委员出现在 1 项履职活动中，是 2 个委员工作室的负责或入驻委员。');
    expect(referenceSentence('member', [{ kind: 'studio', count: 1 }])).toBe(
      '该委员是 1 个委员工作室的负责或入驻委员。',
    );
    expect(referenceSentence('member', [{ kind: 'donation', count: 4 }])).toBe(
      '该委员出现在 4 笔捐赠中。',
    );
  });

  it('says what a campaign holds and whose 所属工作室 a studio is', () => {
    expect(
      referenceSentence('campaign', [
        { kind: 'activity', count: 7 },
        { kind: 'donation', count: 9 },
      ]),
    ).toBe('该专项下有 7 项履职活动、9 笔捐赠。');
    expect(
      referenceSentence('studio', [
        { kind: 'activity', count: 3 },
        { kind: 'member', count: 2 },
      ]),
    ).toBe('该工作室出现在 3 项履职活动中，是 2 位委员的所属工作室。');
  });

  it('is null when nothing points to the record', () => {
    expect(referenceSentence('member', [])).toBeNull();
    expect(referenceSentence('campaign', [{ kind: 'activity', count: 0 }])).toBeNull();
  });
});

describe('moreThanShown', () => {
  it('says how many there are in all when only the first few titles are listed', () => {
    expect(moreThanShown({ kind: 'activity', count: 12, titles: ['甲', '乙', '丙'] })).toBe(
      '等 12 项履职活动',
    );
    expect(moreThanShown({ kind: 'donation', count: 2, titles: ['甲', '乙'] })).toBeNull();
  });
});

const base = {
  id: '5a3d1001-0000-4000-8000-000000000002',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  deletedAt: null,
};
const member: Member = { ...base, name: '张国华', otherNames: [], studioIds: [], status: '在任' };

describe('referencedName', () => {
  it('is the plain name of a live record', () => {
    expect(referencedName('member', member)).toBe('张国华');
  });

  it('marks a deleted record （已删除）', () => {
    expect(referencedName('member', { ...member, deletedAt: '2026-02-01T00:00:00.000Z' })).toBe(
      '张国华（已删除）',
    );
  });

  it('says （未知记录） when there is no record', () => {
    expect(referencedName('member', undefined)).toBe('（未知记录）');
  });
});

describe('referringTitle', () => {
  it('names a donation by its date, donor and amount', () => {
    const donation = {
      ...base,
      kind: '资金',
      donors: [{ type: '其他', name: '海外侨胞', group: true }],
      amount: { amountMinor: 80_000_000, currency: 'CNY' },
      date: { year: 2020, month: 2, day: 10 },
      items: [],
      stages: [],
      confidential: false,
      inTimeline: false,
      attachments: [],
    } as Donation;
    expect(referringTitle('donation', donation)).toBe('2020年2月10日 海外侨胞捐赠 ¥800,000.00');
  });
});
