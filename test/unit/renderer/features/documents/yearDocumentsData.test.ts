import { beforeEach, describe, expect, it } from 'vitest';
import { createRecord } from '../../../../../renderer/src/db/repositories/recordRepository';
import { buildYearReportDocx } from '../../../../../renderer/src/domain/documents/yearDocumentsDocx';
import { yearReportHtml } from '../../../../../renderer/src/domain/documents/yearDocuments';
import { DEFAULT_POINTS_RULES } from '../../../../../renderer/src/domain/points';
import { readYearDocumentsInput } from '../../../../../renderer/src/features/documents/yearDocumentsData';
import { docxParagraphs } from '../../../../office/officeFiles';
import { freshDatabase } from '../../db/freshDatabase';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });

beforeEach(() => {
  freshDatabase();
});

/**
 * 2021: a member's gift and an outside donor's gift, both 保密 and in the 大事记 with the donor
 * named in the summary as staff type it, and one named member's gift.
 */
async function storeTheYear() {
  const wong = await createRecord('member', { name: '黄家豪', otherNames: ['黃家豪'] });
  const chan = await createRecord('member', { name: '陈美玲' });
  const timeline = { inTimeline: true, kind: '资金', purpose: '助学' };
  await createRecord('donation', {
    ...timeline,
    donors: [{ type: '委员', memberId: wong.id }],
    // HK$500,000 at 0.9 = ¥450,000
    amount: { amountMinor: 500_000_00, currency: 'HKD' },
    rate: '0.9',
    cnyAmountMinor: 450_000_00,
    date: { year: 2021, month: 4, day: 2 },
    confidential: true,
    timelineSummary: '黄家豪委员向桂东县青竹村小学捐赠港币50万元',
  });
  await createRecord('donation', {
    ...timeline,
    donors: [{ type: '其他', name: '香港中华总商会' }],
    amount: cny(300_000),
    date: { year: 2021, month: 5, day: 10 },
    confidential: true,
    timelineSummary: '香港中华总商会捐资30万元支持青竹村校舍建设',
  });
  await createRecord('donation', {
    ...timeline,
    donors: [{ type: '委员', memberId: chan.id }],
    amount: cny(100_000),
    date: { year: 2021, month: 6, day: 1 },
    timelineSummary: '陈美玲委员捐赠10万元用于助学',
  });
}

async function report() {
  const input = {
    unitName: '湖南省政协港澳台侨和外事委员会',
    dated: '2022年1月10日',
    ...(await readYearDocumentsInput(2021, DEFAULT_POINTS_RULES)),
  };
  const paragraphs = docxParagraphs(bytesOf(await buildYearReportDocx(input)));
  const at = (heading: string) => paragraphs.indexOf(heading);
  return {
    html: yearReportHtml(input),
    paragraphs,
    chronicle: paragraphs.slice(at('一、大事记') + 1, at('二、履职活动')),
    donations: paragraphs.slice(at('四、捐赠情况') + 1, at('五、委员工作室接待')),
  };
}

describe('年度工作报告材料 and a donor who asked not to be named (保密)', () => {
  it('names neither the member nor the outside donor in the 大事记, and says the rest as typed', async () => {
    await storeTheYear();
    const { chronicle, paragraphs, html } = await report();
    expect(chronicle).toEqual([
      '4月2日，某捐赠方向桂东县青竹村小学捐赠港币50万元。',
      '5月10日，某捐赠方捐资30万元支持青竹村校舍建设。',
      '6月1日，陈美玲委员捐赠10万元用于助学。',
    ]);
    // The outside donor is nowhere in the document, nor in the page printed as PDF.
    expect(paragraphs.join('\n')).not.toContain('香港中华总商会');
    expect(html).not.toContain('香港中华总商会');
    // The member is in the points table as every serving member is, not beside the gift.
    expect(html).not.toMatch(/黄家豪委员|黃家豪/);
  });

  it('still counts their gifts in the year’s totals', async () => {
    await storeTheYear();
    const { donations } = await report();
    // ¥450,000 (HK$500,000 at 0.9) + ¥300,000 + ¥100,000 = ¥850,000 in three gifts.
    expect(donations[0]).toBe(
      '全年共接收资金捐赠3笔，折合人民币85万元。其中按原币种计：人民币40万元，港币50万元。',
    );
    expect(donations.join('')).not.toMatch(/黄家豪|香港中华总商会/);
  });
});
