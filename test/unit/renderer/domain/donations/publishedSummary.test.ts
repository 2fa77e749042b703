import { describe, expect, it } from 'vitest';
import { publishedSummary } from '../../../../../renderer/src/domain/donations/publishedSummary';
import type { Donation } from '../../../../../renderer/src/domain/records';

const WONG = '11111111-1111-4111-8111-111111111111';
const CHAN = '22222222-2222-4222-8222-222222222222';
const WRITTEN: Record<string, readonly string[]> = {
  [WONG]: ['黄家豪', '黃家豪', 'Wong Ka Ho'],
  [CHAN]: ['陈美玲'],
};
const memberNames = (id: string) => WRITTEN[id] ?? [];

type Gift = Pick<Donation, 'confidential' | 'donors' | 'timelineSummary'>;
const gift = (donors: Gift['donors'], timelineSummary: string, confidential = true): Gift => ({
  donors,
  timelineSummary,
  confidential,
});
const member = (memberId: string) => ({ type: '委员' as const, memberId });
const outside = (name: string) => ({ type: '其他' as const, name, group: false });

describe('a donation’s 大事记 line as it is published', () => {
  it('keeps the summary as typed when the donor may be named', () => {
    expect(
      publishedSummary(gift([member(WONG)], '黄家豪委员向桂东县捐赠100万元', false), memberNames),
    ).toBe('黄家豪委员向桂东县捐赠100万元');
  });

  it('leaves out a member who asked not to be named, however the name is written', () => {
    expect(
      publishedSummary(gift([member(WONG)], '黄家豪委员向桂东县捐赠100万元'), memberNames),
    ).toBe('某捐赠方向桂东县捐赠100万元');
    expect(publishedSummary(gift([member(WONG)], '黃家豪捐資助學'), memberNames)).toBe(
      '某捐赠方捐資助學',
    );
    expect(publishedSummary(gift([member(WONG)], 'WONG KA HO捐赠口罩'), memberNames)).toBe(
      '某捐赠方捐赠口罩',
    );
  });

  it('leaves out an outside donor who asked not to be named, longest name first', () => {
    expect(
      publishedSummary(
        gift(
          [outside('香港中华总商会'), outside('香港')],
          '香港中华总商会向湖南省红十字会捐赠物资',
        ),
        memberNames,
      ),
    ).toBe('某捐赠方向湖南省红十字会捐赠物资');
  });

  it('says several donors named in a row once', () => {
    expect(
      publishedSummary(
        gift(
          [member(WONG), member(CHAN), outside('香港中华总商会')],
          '黄家豪、陈美玲和香港中华总商会捐赠善款',
        ),
        memberNames,
      ),
    ).toBe('某捐赠方捐赠善款');
  });
});
