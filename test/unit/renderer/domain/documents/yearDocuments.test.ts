// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { campaignTotals } from '../../../../../renderer/src/domain/campaigns/campaignTotals';
import {
  buildYearNoticeDocx,
  buildYearReportDocx,
} from '../../../../../renderer/src/domain/documents/yearDocumentsDocx';
import {
  yearNoticeHtml,
  yearReportHtml,
  type YearDocumentsInput,
} from '../../../../../renderer/src/domain/documents/yearDocuments';
import type { MemberYear } from '../../../../../renderer/src/domain/points';
import type { Donation } from '../../../../../renderer/src/domain/records';
import { docxParagraphs, libreOfficePdfText } from '../../../../office/officeFiles';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

function year(total: number, grade: MemberYear['grade'], meetings: number): MemberYear {
  const zero = {
    参加会议和学习培训: 0,
    提交提案和社情民意信息: 0,
    参加调研视察考察: 0,
    联系服务群众: 0,
    承担专门性任务: 0,
    公益捐赠: 0,
  };
  return {
    memberId: 'm',
    year: 2021,
    counts: { ...zero, 参加会议和学习培训: meetings, 参加调研视察考察: 2 },
    earned: zero,
    points: zero,
    leaves: 1,
    absences: 0,
    deduction: 1,
    total,
    grade,
  };
}

const gift = {
  id: 'd1',
  createdAt: 't',
  updatedAt: 't',
  rev: 1,
  deletedAt: null,
  kind: '资金',
  donors: [{ type: '其他', name: '某', group: false }],
  amount: { amountMinor: 500_000_00, currency: 'HKD' },
  rate: '0.9',
  cnyAmountMinor: 450_000_00,
  items: [],
  stages: [],
  date: { year: 2021, month: 3 },
  confidential: false,
  inTimeline: false,
  attachments: [],
} as Donation;

const INPUT: YearDocumentsInput = {
  unitName: '湖南省政协港澳台侨和外事委员会',
  dated: '2022年1月10日',
  year: 2021,
  timeline: [
    {
      date: { year: 2021, month: 4, day: 15 },
      summary: '省政协副主席张大方率省市县三级政协委员深入桂东县青竹村调研',
    },
    { date: { year: 2021, month: 4 }, summary: '专委会开展读书交流活动' },
  ],
  activityCounts: [
    ['会议', 3],
    ['调研', 2],
    ['读书', 0],
  ],
  attendances: 41,
  members: [
    { member: { name: '陈美玲', category: '港区委员', sector: '港澳' }, year: year(92, '优秀', 4) },
    { member: { name: '区志明', category: '澳区委员' }, year: year(75, '称职', 2) },
  ],
  donations: campaignTotals([gift]),
  studios: [
    {
      name: '侨联界别委员工作室',
      receptions: 2,
      duties: 5,
      messages: 32,
      views: 1860,
      referred: 2,
    },
  ],
};

describe('年度工作报告材料', () => {
  it('holds the 大事记, the activities, the points table, the donations and the studios', async () => {
    const paragraphs = docxParagraphs(bytesOf(await buildYearReportDocx(INPUT)));
    expect(paragraphs[0]).toBe('2021年度工作报告材料');
    const at = (heading: string) => paragraphs.indexOf(heading);
    expect(at('一、大事记')).toBeGreaterThan(0);
    expect(paragraphs[at('一、大事记') + 1]).toBe(
      '4月15日，省政协副主席张大方率省市县三级政协委员深入桂东县青竹村调研。',
    );
    expect(paragraphs[at('一、大事记') + 2]).toBe('是月，专委会开展读书交流活动。');
    expect(paragraphs[at('二、履职活动') + 1]).toBe(
      '全年开展履职活动5项，其中会议3项、调研2项；委员出席41人次。',
    );
    const points = paragraphs.slice(at('三、委员履职积分'), at('四、捐赠情况'));
    expect(points).toEqual(
      expect.arrayContaining(['1', '陈美玲', '港区委员', '港澳', '92', '优秀', '区志明', '称职']),
    );
    expect(paragraphs[at('四、捐赠情况') + 1]).toBe(
      '全年共接收资金捐赠1笔，折合人民币45万元。其中按原币种计：港币50万元。',
    );
    const studios = paragraphs.slice(at('五、委员工作室接待'));
    expect(studios).toEqual(expect.arrayContaining(['侨联界别委员工作室', '32', '1860']));
    expect(paragraphs.slice(-2)).toEqual(['湖南省政协港澳台侨和外事委员会', '2022年1月10日']);
  });

  it('says so when the year has no 大事记', async () => {
    const paragraphs = docxParagraphs(
      bytesOf(await buildYearReportDocx({ ...INPUT, timeline: [] })),
    );
    expect(paragraphs).toContain('本年度没有列入大事记的事项。');
  });

  it('converts in LibreOffice to numbered pages with the sections', async () => {
    const { text } = await libreOfficePdfText(bytesOf(await buildYearReportDocx(INPUT)));
    const flat = text.replace(/\s+/g, '');
    for (const heading of ['一、大事记', '二、履职活动', '三、委员履职积分', '四、捐赠情况']) {
      expect(flat).toContain(heading);
    }
    expect(flat).toContain('折合人民币45万元');
    expect(text).toMatch(/—\s*1\s*—/);
  }, 120_000);
});

describe('年度履职情况通报', () => {
  it('gives each member one row: items per heading, 请假, 缺席, points and grade', async () => {
    const paragraphs = docxParagraphs(bytesOf(await buildYearNoticeDocx(INPUT)));
    expect(paragraphs[0]).toBe('关于2021年度委员履职情况的通报');
    const header = paragraphs.indexOf('序号');
    expect(paragraphs.slice(header, header + 12)).toEqual([
      '序号',
      '姓名',
      '会议学习',
      '提案社情',
      '调研视察',
      '联系群众',
      '专门任务',
      '公益捐赠',
      '请假',
      '缺席',
      '积分',
      '等次',
    ]);
    expect(paragraphs.slice(header + 12, header + 24)).toEqual([
      '1',
      '陈美玲',
      '4',
      '0',
      '2',
      '0',
      '0',
      '0',
      '1',
      '0',
      '92',
      '优秀',
    ]);
  });

  it('fits the table on A4 in LibreOffice', async () => {
    const { text, pages } = await libreOfficePdfText(bytesOf(await buildYearNoticeDocx(INPUT)));
    expect(pages).toBe(1);
    expect(text.replace(/\s+/g, '')).toContain('关于2021年度委员履职情况的通报');
  }, 120_000);
});

describe('the year documents as HTML for printing', () => {
  it('say what the .docx says, on A4, with nothing to run or fetch', () => {
    const html = yearReportHtml({
      ...INPUT,
      studios: [{ ...INPUT.studios[0]!, name: '<b>侨联</b>工作室' }],
    });
    expect(html).toContain('<h1>2021年度工作报告材料</h1>');
    for (const heading of ['一、大事记', '二、履职活动', '三、委员履职积分', '四、捐赠情况']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain('4月15日，省政协副主席张大方率省市县三级政协委员深入桂东县青竹村调研。');
    expect(html).toContain('&lt;b&gt;侨联&lt;/b&gt;工作室');
    expect(html).toContain('size: A4');
    expect(html).not.toMatch(/<script|src=|href=/i);
    const notice = yearNoticeHtml(INPUT);
    expect(notice).toContain('<th>会议学习</th>');
    expect(notice).toMatch(/<td[^>]*>陈美玲<\/td>/);
  });
});
