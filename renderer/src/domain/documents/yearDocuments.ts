import type { CampaignTotals } from '../campaigns/campaignTotals';
import { DUTY_CATEGORIES, DUTY_CATEGORY_SHORT, type MemberYear } from '../points';
import type { Member } from '../records';
import { timelineSentence, type TimelineFact } from '../timelineSentence';
import { totalsParagraphs } from './campaignSummary';
import { blocksToHtml, type DocBlock } from './docBlocks';
import { TEXT_WIDTH } from './gbtPage';

/** A member's year as both documents show it. */
export interface MemberYearLine {
  member: Pick<Member, 'name' | 'category' | 'sector'>;
  year: MemberYear;
}

/** What one studio's 接待日 and 值班 of the year add up to (blank counts as none). */
export interface StudioYearLine {
  name: string;
  receptions: number;
  duties: number;
  messages: number;
  views: number;
  referred: number;
}

/** What the year's documents are made from, gathered by the caller. */
export interface YearDocumentsInput {
  unitName: string;
  dated: string;
  year: number;
  /** 列入大事记 activities and donations of the year, in 大事记 order. */
  timeline: readonly TimelineFact[];
  /** Live activities of the year per 活动类型, in the order of the types. */
  activityCounts: readonly (readonly [string, number])[];
  /** Attendances (出席) of members at the year's activities. */
  attendances: number;
  /** Members with their year, in the order to print (highest total first). */
  members: readonly MemberYearLine[];
  /** The year's donations added up. */
  donations: CampaignTotals;
  studios: readonly StudioYearLine[];
}

const SMALL = 10.5; // 五号, for the wide tables

/** 一、大事记: one sentence per entry, under the year. */
function timelineLines(input: YearDocumentsInput): string[] {
  if (input.timeline.length === 0) return ['本年度没有列入大事记的事项。'];
  return input.timeline.map((fact, i) =>
    timelineSentence(fact, { previous: input.timeline[i - 1]?.date }),
  );
}

function activityLine(input: YearDocumentsInput): string {
  const total = input.activityCounts.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return '本年度没有登记履职活动。';
  const parts = input.activityCounts
    .filter(([, count]) => count > 0)
    .map(([type, count]) => `${type}${count}项`)
    .join('、');
  return `全年开展履职活动${total}项，其中${parts}；委员出席${input.attendances}人次。`;
}

const body = (text: string): DocBlock => ({ kind: 'body', text });

function pointsTable(input: YearDocumentsInput): DocBlock {
  if (input.members.length === 0) return body('无。');
  return {
    kind: 'table',
    size: SMALL,
    widths: [800, 2000, 1800, TEXT_WIDTH - 6600, 1000, 1000],
    header: ['序号', '姓名', '类别', '界别', '积分', '等次'],
    rows: input.members.map(({ member, year }, i) => [
      String(i + 1),
      member.name,
      member.category ?? '—',
      member.sector ?? '—',
      String(year.total),
      year.grade,
    ]),
  };
}

function studioTable(input: YearDocumentsInput): DocBlock {
  if (input.studios.length === 0) return body('本年度没有工作室接待或值班记录。');
  return {
    kind: 'table',
    size: SMALL,
    widths: [TEXT_WIDTH - 6000, 1200, 1200, 1200, 1200, 1200],
    align: ['left'],
    header: ['工作室', '接待（场）', '值班（场）', '留言数', '浏览量', '转办问题数'],
    rows: input.studios.map((studio) => [
      studio.name,
      String(studio.receptions),
      String(studio.duties),
      String(studio.messages),
      String(studio.views),
      String(studio.referred),
    ]),
  };
}

export const reportTitle = (input: YearDocumentsInput) => `${input.year}年度工作报告材料`;

/** 年度工作报告材料, block by block. */
export function yearReportBlocks(input: YearDocumentsInput): DocBlock[] {
  return [
    { kind: 'title', text: reportTitle(input) },
    { kind: 'body', text: `填报单位：${input.unitName}`, indent: false },
    { kind: 'heading', text: '一、大事记' },
    ...timelineLines(input).map(body),
    { kind: 'heading', text: '二、履职活动' },
    body(activityLine(input)),
    { kind: 'heading', text: '三、委员履职积分' },
    pointsTable(input),
    { kind: 'heading', text: '四、捐赠情况' },
    ...totalsParagraphs(input.donations, '全年').map(body),
    { kind: 'heading', text: '五、委员工作室接待' },
    studioTable(input),
    { kind: 'signature', unitName: input.unitName, dated: input.dated },
  ];
}

/** 年度工作报告材料 as an HTML page laid out like the .docx, for the host to print as PDF. */
export function yearReportHtml(input: YearDocumentsInput): string {
  return blocksToHtml(reportTitle(input), yearReportBlocks(input));
}

// 序号 · 姓名 · six headings · 请假 · 缺席 · 积分 · 等次, across the text block.
const NOTICE_FIXED = [640, 1150, 620, 620, 700, 900];
const NOTICE_WIDTHS = (() => {
  const rest = TEXT_WIDTH - NOTICE_FIXED.reduce((a, b) => a + b, 0);
  const each = Math.floor(rest / DUTY_CATEGORIES.length);
  const [serial = 0, name = 0, leaves = 0, absences = 0, total = 0, grade = 0] = NOTICE_FIXED;
  const headings = DUTY_CATEGORIES.map((_, i) =>
    i === 0 ? rest - each * (DUTY_CATEGORIES.length - 1) : each,
  );
  return [serial, name, ...headings, leaves, absences, total, grade];
})();

export const noticeTitle = (input: YearDocumentsInput) => `关于${input.year}年度委员履职情况的通报`;

/** 年度履职情况通报, block by block. */
export function yearNoticeBlocks(input: YearDocumentsInput): DocBlock[] {
  return [
    { kind: 'title', text: noticeTitle(input) },
    body(
      `根据委员履职积分办法，现将${input.year}年度委员履职情况通报如下（各项为次数，积分为年度合计）。`,
    ),
    input.members.length === 0
      ? body('无。')
      : {
          kind: 'table',
          size: SMALL,
          widths: NOTICE_WIDTHS,
          header: [
            '序号',
            '姓名',
            ...DUTY_CATEGORIES.map((c) => DUTY_CATEGORY_SHORT[c]),
            '请假',
            '缺席',
            '积分',
            '等次',
          ],
          rows: input.members.map(({ member, year }, i) => [
            String(i + 1),
            member.name,
            ...DUTY_CATEGORIES.map((c) => String(year.counts[c])),
            String(year.leaves),
            String(year.absences),
            String(year.total),
            year.grade,
          ]),
        },
    { kind: 'signature', unitName: input.unitName, dated: input.dated },
  ];
}

/** 年度履职情况通报 as an HTML page laid out like the .docx, for the host to print as PDF. */
export function yearNoticeHtml(input: YearDocumentsInput): string {
  return blocksToHtml(noticeTitle(input), yearNoticeBlocks(input));
}
