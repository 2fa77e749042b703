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
  TableLayoutType,
  type TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { A4, FONTS, MARGIN, SIZES, TEXT_WIDTH } from './gbtPage';

// The parts of GB/T 9704-2012 (党政机关公文格式) every document of ours shares: A4, 版心
// 156 mm × 225 mm (top 37 mm, left 28 mm), 3号 (16 pt) 仿宋 body on a 28 pt line, title in 2号
// (22 pt) 小标宋, page numbers in 4号 (14 pt) as “— 1 —”, 落款 with the 单位名称 and 成文日期.

export { A4, FONTS, SIZES, TEXT_WIDTH } from './gbtPage';

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

const halfPoints = (points: number) => points * 2; // docx sizes are half-points
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt
const TWO_CHARACTERS = halfPoints(SIZES.body) * 20; // first-line indent of two 3号 characters

/** A run of text in one face and size (points). */
export function textRun(
  text: string,
  font: string,
  size: number,
  extra: Partial<IRunOptions> = {},
): TextRun {
  return new TextRun({
    text,
    size: halfPoints(size),
    font: { ascii: font, eastAsia: font, hAnsi: font, hint: 'eastAsia' },
    ...extra,
  });
}

/** A body paragraph in 仿宋 3号, justified, indented two characters unless told otherwise. */
export function bodyParagraph(
  text: string,
  indent = true,
  /** Kept on one page with what follows: the last line before the 落款. */
  keepNext = false,
): Paragraph {
  return new Paragraph({
    spacing: LINE,
    ...(keepNext ? { keepNext: true, keepLines: true } : {}),
    indent: indent ? { firstLine: TWO_CHARACTERS } : undefined,
    alignment: AlignmentType.JUSTIFIED,
    children: [textRun(text, FONTS.body, SIZES.body)],
  });
}

/** A first-level heading (一、……) in 黑体 3号, indented two characters. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    spacing: LINE,
    indent: { firstLine: TWO_CHARACTERS },
    children: [textRun(text, FONTS.heading, SIZES.body)],
  });
}

/** The document's title, centred, in 小标宋 2号. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
    children: [textRun(text, FONTS.title, SIZES.title)],
  });
}

/**
 * 落款: the 单位名称 and the 成文日期, right-aligned, a blank line below the body. The two stay
 * together; a 落款 must not stand alone on a page (GB/T 9704 7.3.5.4), so the body's last
 * paragraph is to be made with `keepNext` (bodyParagraph's third argument).
 */
export function signatureParagraphs(unitName: string, dated: string): Paragraph[] {
  return [
    new Paragraph({
      spacing: { ...LINE, before: 560 },
      keepNext: true,
      alignment: AlignmentType.RIGHT,
      children: [textRun(unitName, FONTS.body, SIZES.body)],
    }),
    new Paragraph({
      spacing: LINE,
      alignment: AlignmentType.RIGHT,
      children: [textRun(dated, FONTS.body, SIZES.body)],
    }),
  ];
}

export { documentDate } from './documentDate';

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** Options of {@link tableCell}. */
export interface TableCellOptions {
  span?: number;
  /** Header cells are set in 黑体. */
  bold?: boolean;
  align?: 'center' | 'left' | 'right';
  /** Width in twips, as the table's column widths give it. */
  width?: number;
  /** Points; 4号 (14) by default, 五号 (10.5) for tables with many columns. */
  size?: number;
}

/** A ruled table cell, centred vertically. */
export function tableCell(text: string, options: TableCellOptions = {}): TableCell {
  const { span = 1, bold = false, align = 'center', width, size = SIZES.table } = options;
  const alignment =
    align === 'left'
      ? AlignmentType.LEFT
      : align === 'right'
        ? AlignmentType.RIGHT
        : AlignmentType.CENTER;
  return new TableCell({
    columnSpan: span,
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    width: width === undefined ? undefined : { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment,
        spacing: { line: size * 20 + 120, lineRule: LineRuleType.EXACT },
        children: [textRun(text, bold ? FONTS.heading : FONTS.body, size)],
      }),
    ],
  });
}

/**
 * A full-width ruled table; with column widths (twips, adding up to {@link TEXT_WIDTH}) its
 * layout is fixed, so that Word, WPS and LibreOffice break lines alike.
 */
export function ruledTable(rows: TableRow[], columnWidths?: number[]): Table {
  if (!columnWidths) return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows,
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
            size: halfPoints(SIZES.pageNumber),
            font: { ascii: FONTS.pageNumber, eastAsia: FONTS.pageNumber, hAnsi: FONTS.pageNumber },
          }),
        ],
      }),
    ],
  });
}

/**
 * Lays the content out on A4 pages after GB/T 9704 (margins, 仿宋 3号 default, “— 1 —” page
 * numbers, the font table with fallbacks) and packs it as a .docx, in base64.
 */
export async function packGbDocument(
  title: string,
  children: readonly (Paragraph | Table)[],
): Promise<string> {
  const document = new Document({
    creator: '履职台账',
    title,
    styles: {
      default: {
        document: {
          run: {
            size: halfPoints(SIZES.body),
            font: { ascii: FONTS.body, eastAsia: FONTS.body, hAnsi: FONTS.body },
          },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        footers: { default: pageFooter() },
        children: [...children],
      },
    ],
  });
  return Packer.toBase64String(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]);
}
