import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
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
}

// GB/T 9704-2012: A4, 版心 156 mm × 225 mm (top 37 mm, left 28 mm), 3号 (16 pt) 仿宋 body on a
// 28 pt line, title in 2号 (22 pt) 小标宋, page numbers in 4号 (14 pt) as “— 1 —”.
const MM = 56.6929; // twips per millimetre
const A4 = { width: 11906, height: 16838 };
const MARGIN = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
/** Font names as Word and WPS know them; LibreOffice substitutes a CJK face when absent. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋',
  heading: '黑体',
  pageNumber: '宋体',
} as const;
/**
 * The font table: each face's English name (w:altName, which Word, WPS and LibreOffice try when
 * the Chinese name is not installed) and GB2312 charset with a family, from which Word picks a
 * like face when neither is — so a machine without 方正小标宋简体 still sets the title in a
 * serif CJK face rather than the default.
 */
const FONT_TABLE = (() => {
  const faces: [string, string, string][] = [
    [FONTS.title, 'FZXiaoBiaoSong-B05S', 'roman'],
    [FONTS.body, 'FangSong', 'modern'],
    [FONTS.heading, 'SimHei', 'modern'],
    [FONTS.pageNumber, 'SimSun', 'auto'],
  ];
  const entries = faces
    .map(
      ([name, alt, family]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/>` +
        `<w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries +
    '</w:fonts>'
  );
})();

const PT = (points: number) => points * 2; // docx sizes are half-points
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt

function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    text,
    size: PT(size),
    font: { ascii: font, eastAsia: font, hAnsi: font, hint: 'eastAsia' },
    ...extra,
  });
}

const body = (text: string, indent = true) =>
  new Paragraph({
    spacing: LINE,
    indent: indent ? { firstLine: PT(16) * 20 } : undefined,
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, FONTS.body, 16)],
  });

const heading = (text: string) =>
  new Paragraph({
    spacing: LINE,
    indent: { firstLine: PT(16) * 20 },
    children: [run(text, FONTS.heading, 16)],
  });

function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
    children: [run(text, FONTS.title, 22)],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: PT(14),
            font: { ascii: FONTS.pageNumber, eastAsia: FONTS.pageNumber, hAnsi: FONTS.pageNumber },
          }),
        ],
      }),
    ],
  });
}

function document(children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: '履职台账',
    title: '委员年度履职档案',
    styles: {
      default: {
        document: {
          run: {
            size: PT(16),
            font: { ascii: FONTS.body, eastAsia: FONTS.body, hAnsi: FONTS.body },
          },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
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
    if (lines.length === 0) out.push(body('无。'));
    lines.forEach((entry, n) => {
      const part = entry.part ? `（${partLabel(entry.part)}）` : '';
      out.push(body(`${n + 1}. ${entry.date}，${entry.title}${part}。`));
    });
  });
  out.push(
    new Paragraph({
      spacing: { ...LINE, before: 560 },
      alignment: AlignmentType.RIGHT,
      children: [run(input.committeeName, FONTS.body, 16)],
    }),
    new Paragraph({
      spacing: LINE,
      alignment: AlignmentType.RIGHT,
      children: [run(input.dated, FONTS.body, 16)],
    }),
  );
  return out;
}

/** A blank to sign on, in full-width spaces. */
const BLANK = '\u3000'.repeat(6);

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function cell(text: string, span = 1, bold = false): TableCell {
  return new TableCell({
    columnSpan: span,
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 400, lineRule: LineRuleType.EXACT },
        children: [run(text, bold ? FONTS.heading : FONTS.body, 14)],
      }),
    ],
  });
}

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
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    body(`填表人：${BLANK}审核人：${BLANK}填表日期：${input.dated}`, false),
  ];
}

/** The annual 履职档案 as a .docx, base64: the narrative file, or the one-page table. */
export async function buildDossierDocx(
  input: DossierDocInput,
  variant: 'narrative' | 'table',
): Promise<string> {
  const children = variant === 'table' ? tableVersion(input) : narrative(input);
  return Packer.toBase64String(document(children), false, [
    { path: 'word/fontTable.xml', data: FONT_TABLE },
  ]);
}
