// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCampaignSummaryDocx } from '../../../../../renderer/src/domain/documents/campaignSummaryDocx';
import {
  type CampaignSummaryInput,
  type NamedDonation,
} from '../../../../../renderer/src/domain/documents/campaignSummary';
import type { Donation } from '../../../../../renderer/src/domain/records';
import { docxParagraphs, libreOfficePdfText, zipEntryText } from '../../../../office/officeFiles';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

let n = 0;
function gift(donors: string, fields: Partial<Donation>): NamedDonation {
  n++;
  const donation = {
    id: `d${n}`,
    createdAt: 't',
    updatedAt: 't',
    rev: 1,
    deletedAt: null,
    kind: '资金',
    donors: [{ type: '其他', name: donors, group: false }],
    items: [],
    stages: [],
    date: { year: 2020 },
    confidential: false,
    inTimeline: false,
    attachments: [],
    ...fields,
  } as Donation;
  return { donation, donors };
}

// Cash: ¥300万 + HK$200万 at 0.9 (¥180万) + HK$100万 at 0.9 (¥90万, 保密) = ¥570万;
// goods: ¥1200万 declared.
const INPUT: CampaignSummaryInput = {
  unitName: '湖南省政协港澳台侨和外事委员会',
  dated: '2020年12月31日',
  campaign: {
    name: '新冠肺炎疫情防控',
    period: { start: { year: 2020, month: 1 }, end: { year: 2020, month: 6 } },
    description: '港澳委员和海外侨胞捐款捐物。',
  },
  donations: [
    gift('港澳委员和海外顾问团成员', {
      amount: { amountMinor: 3_000_000_00, currency: 'CNY' },
      date: { year: 2020, month: 1, day: 26 },
    }),
    gift('张国华', {
      amount: { amountMinor: 2_000_000_00, currency: 'HKD' },
      rate: '0.9',
      cnyAmountMinor: 1_800_000_00,
      date: { year: 2020, month: 1, day: 28 },
    }),
    gift('陈美玲', {
      amount: { amountMinor: 1_000_000_00, currency: 'HKD' },
      rate: '0.9',
      cnyAmountMinor: 900_000_00,
      date: { year: 2020, month: 2, day: 3 },
      confidential: true,
    }),
    gift('湖南发展海外顾问团', {
      kind: '物资',
      amount: { amountMinor: 12_000_000_00, currency: 'CNY' },
      items: [{ name: '医用防护服', quantity: 100_000, unit: '套' }],
      date: { year: 2020, month: 2, day: 10 },
    }),
  ],
  includeConfidential: false,
};

const paragraphsOf = async (input: CampaignSummaryInput) =>
  docxParagraphs(bytesOf(await buildCampaignSummaryDocx(input)));

describe('the 专项捐赠汇总', () => {
  it('states the totals in CNY 万元 and per currency, with the rates used', async () => {
    const text = (await paragraphsOf(INPUT)).join('\n');
    expect(text).toContain('新冠肺炎疫情防控专项捐赠汇总');
    expect(text).toContain('填报单位：湖南省政协港澳台侨和外事委员会');
    expect(text).toContain(
      '本专项共接收资金捐赠3笔，折合人民币570万元。其中按原币种计：人民币300万元，港币300万元。',
    );
    expect(text).toContain('外币按各笔捐赠所记汇率折合人民币：港币0.9（2笔）。');
    expect(text).toContain('接收物资捐赠1批，估值人民币1200万元。');
  });

  it('leaves a 保密 donor out of the table and says how many were left out', async () => {
    const paragraphs = await paragraphsOf(INPUT);
    expect(paragraphs).not.toContain('陈美玲');
    expect(paragraphs.join('')).not.toContain('陈美玲');
    expect(paragraphs).toContain('另有1笔捐赠的捐赠方要求保密，未列入下表，其金额已计入上述合计。');
    const row = (donor: string) => paragraphs.slice(paragraphs.indexOf(donor) - 1).slice(0, 5);
    expect(row('张国华')).toEqual(['2', '张国华', '2020年1月28日', '港币200万元', '—']);
    expect(row('湖南发展海外顾问团')).toEqual([
      '3',
      '湖南发展海外顾问团',
      '2020年2月10日',
      '估值人民币1200万元',
      '医用防护服10万套',
    ]);
    expect(paragraphs.slice(-2)).toEqual(['湖南省政协港澳台侨和外事委员会', '2020年12月31日']);
  });

  it('lists the 保密 donor, marked, when the export is told to include them', async () => {
    const paragraphs = await paragraphsOf({ ...INPUT, includeConfidential: true });
    expect(paragraphs).toContain('陈美玲（保密）');
    expect(paragraphs.join('')).not.toContain('未列入下表');
    expect(paragraphs.join('')).toContain('下表含1笔捐赠方要求保密的捐赠');
  });

  it('is laid out on A4 with a ruled table in 仿宋', async () => {
    const bytes = bytesOf(await buildCampaignSummaryDocx(INPUT));
    const xml = zipEntryText(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:tbl>[\s\S]*w:eastAsia="仿宋"[\s\S]*张国华[\s\S]*<\/w:tbl>/);
  });
});

describe('the 专项捐赠汇总 in LibreOffice', () => {
  it('converts to a PDF with the title, the totals, the donors and “— 1 —”', async () => {
    const { text } = await libreOfficePdfText(bytesOf(await buildCampaignSummaryDocx(INPUT)));
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('新冠肺炎疫情防控专项捐赠汇总');
    expect(flat).toContain('折合人民币570万元');
    expect(flat).toContain('港币200万元');
    expect(flat).not.toContain('陈美玲');
    expect(text).toMatch(/—\s*1\s*—/);
  }, 120_000);
});
