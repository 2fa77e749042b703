import { TableRow, type Paragraph, type Table } from 'docx';
import {
  bodyParagraph as body,
  headingParagraph as heading,
  packGbDocument,
  ruledTable,
  signatureParagraphs,
  tableCell,
  titleParagraph as title,
} from '../../domain/documents/gbt9704';
import { DUTY_CATEGORIES, type MemberYear, type PointsRules } from '../../domain/points';
import type { Member } from '../../domain/records';
import type { DossierEntry } from './dossierEntries';
import { partLabel } from './dossierEntries';

/** What the annual 履职档案 is made from. */
export interface DossierDocInput {
  /** 单位名称 from settings. */
  committeeName: string;
  member: Pick<Member, 'name' | 'category' | 'sector' | 'term' | 'workplace'>;
  year: number;
  summary: MemberYear;
  rules: PointsRules;
  /** The member's lines of that year, oldest first. */
  entries: readonly DossierEntry[];
  /** 成文日期, e.g. 2026年11月29日. */
  dated: string;
  /** The 经办人, who fills in the one-page table as 填表人; empty leaves the line to be written in. */
  filledBy: string;
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

function profileLine(input: DossierDocInput): string {
  const { member } = input;
  const parts = [
    `委员：${member.name}`,
    member.category && `类别：${member.category}`,
    member.sector && `界别：${member.sector}`,
    member.term && `届次：${member.term}`,
  ].filter(Boolean);
  return parts.join('　');
}

function totalLine(summary: MemberYear): string {
  const deducted =
    summary.deduction > 0
      ? `，请假${summary.leaves}次、缺席${summary.absences}次扣${summary.deduction}分`
      : '';
  return `${summary.year}年度履职积分合计${summary.total}分${deducted}，等次为“${summary.grade}”。`;
}

/** The narrative file: a section per heading of the form, listing what the member did. */
function narrative(input: DossierDocInput): (Paragraph | Table)[] {
  const { summary, rules, entries } = input;
  const out: (Paragraph | Table)[] = [
    title(`${input.member.name}委员${input.year}年度履职档案`),
    body(`填报单位：${input.committeeName}`, false),
    body(profileLine(input), false),
    body(totalLine(summary)),
  ];
  DUTY_CATEGORIES.forEach((category, i) => {
    const lines = entries.filter((entry) => entry.category === category);
    out.push(
      heading(
        `${CHINESE_NUMERALS[i]}、${category}（${summary.counts[category]}次，积分${summary.points[category]}分，上限${rules.caps[category]}分）`,
      ),
    );
    // The last line of the last heading goes with the 落款 onto its page.
    const last = i === DUTY_CATEGORIES.length - 1;
    if (lines.length === 0) out.push(body('无。', true, last));
    lines.forEach((entry, n) => {
      const part = entry.part ? `（${partLabel(entry.part)}）` : '';
      const text = `${n + 1}. ${entry.date}，${entry.title}${part}。`;
      out.push(body(text, true, last && n === lines.length - 1));
    });
  });
  out.push(...signatureParagraphs(input.committeeName, input.dated));
  return out;
}

/** A blank to sign on, in full-width spaces. */
const BLANK = '\u3000'.repeat(6);

/** The 填表人 as written, the space before 审核人 kept; blank to be signed when unknown. */
function filledBy(name: string): string {
  const trimmed = name.trim();
  return trimmed ? `${trimmed}\u3000\u3000` : BLANK;
}

const cell = (text: string, span = 1, bold = false) => tableCell(text, { span, bold });

/** The one-page table for the printed file: profile, counts and points per heading, total. */
function tableVersion(input: DossierDocInput): (Paragraph | Table)[] {
  const { member, summary, rules } = input;
  const rows = [
    new TableRow({
      children: [
        cell('姓名', 1, true),
        cell(member.name),
        cell('类别', 1, true),
        cell(member.category ?? ''),
      ],
    }),
    new TableRow({
      children: [
        cell('界别', 1, true),
        cell(member.sector ?? ''),
        cell('届次', 1, true),
        cell(member.term ?? ''),
      ],
    }),
    new TableRow({
      children: [
        cell('履职项目', 1, true),
        cell('次数', 1, true),
        cell('积分', 1, true),
        cell('上限', 1, true),
      ],
    }),
    ...DUTY_CATEGORIES.map(
      (category) =>
        new TableRow({
          children: [
            cell(category),
            cell(String(summary.counts[category])),
            cell(String(summary.points[category])),
            cell(String(rules.caps[category])),
          ],
        }),
    ),
    new TableRow({
      children: [
        cell('请假/缺席', 1, true),
        cell(`${summary.leaves} / ${summary.absences}`),
        cell('扣分', 1, true),
        cell(String(summary.deduction)),
      ],
    }),
    new TableRow({
      children: [
        cell('积分合计', 1, true),
        cell(String(summary.total)),
        cell('等次', 1, true),
        cell(summary.grade),
      ],
    }),
  ];
  return [
    title(`${input.year}年度委员履职档案表`),
    body(`填报单位：${input.committeeName}`, false),
    ruledTable(rows),
    body(`填表人：${filledBy(input.filledBy)}审核人：${BLANK}填表日期：${input.dated}`, false),
  ];
}

/** The annual 履职档案 as a .docx, base64: the narrative file, or the one-page table. */
export async function buildDossierDocx(
  input: DossierDocInput,
  variant: 'narrative' | 'table',
): Promise<string> {
  const children = variant === 'table' ? tableVersion(input) : narrative(input);
  return packGbDocument('委员年度履职档案', children);
}
