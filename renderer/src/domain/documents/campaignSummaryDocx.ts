import { TableRow, type Paragraph, type Table } from 'docx';
import { campaignTotals } from '../campaigns/campaignTotals';
import { formatDateRange, formatPartialDate } from '../partialDate';
import {
  summaryRows,
  totalsParagraphs,
  type CampaignSummaryInput,
  type SummaryRows,
} from './campaignSummary';
import {
  bodyParagraph,
  headingParagraph,
  packGbDocument,
  ruledTable,
  signatureParagraphs,
  tableCell,
  TEXT_WIDTH,
  titleParagraph,
  type TableCellOptions,
} from './gbt9704';

function periodLine(campaign: CampaignSummaryInput['campaign']): string {
  const { start, end } = campaign.period;
  const when = start
    ? `起止日期：${formatDateRange(start, end)}。`
    : end
      ? `截止日期：${formatPartialDate(end)}。`
      : '';
  return `${campaign.name}专项。${when}${campaign.description ?? ''}`;
}

function tableNote(table: SummaryRows): string | undefined {
  if (table.leftOut > 0) {
    return `另有${table.leftOut}笔捐赠的捐赠方要求保密，未列入下表，其金额已计入上述合计。`;
  }
  if (table.confidentialListed > 0) {
    return `下表含${table.confidentialListed}笔捐赠方要求保密的捐赠（标注“保密”），仅供内部使用，请勿公开。`;
  }
  return undefined;
}

// 序号 · 捐赠方 · 日期 · 金额 · 物资, in twips across the text block, set in 五号 so that a date
// (2020年1月28日) and an amount (估值人民币1200万元) each keep to one line.
const WIDTHS = [700, 1800, 2000, 2350, TEXT_WIDTH - 6850];
const TABLE_SIZE = 10.5;

const cell = (text: string, column: number, options: TableCellOptions = {}) =>
  tableCell(text, { ...options, width: WIDTHS[column], size: TABLE_SIZE });

/**
 * The 专项捐赠汇总 as a .docx after GB/T 9704, in base64: the 专项, its totals in cash per
 * currency and in CNY 万元 and in goods, then the table of donations with 保密 donors left out
 * (and counted) unless chosen.
 */
export async function buildCampaignSummaryDocx(input: CampaignSummaryInput): Promise<string> {
  const table = summaryRows(input);
  const totals = campaignTotals(input.donations.map((d) => d.donation));
  const header = ['序号', '捐赠方', '日期', '金额', '物资'];
  const rows = [
    new TableRow({
      tableHeader: true,
      children: header.map((text, i) => cell(text, i, { bold: true })),
    }),
    ...table.rows.map(
      (row, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(String(i + 1), 0),
            cell(row.donors, 1, { align: 'left' }),
            cell(row.date, 2),
            cell(row.amount, 3, { align: 'right' }),
            cell(row.goods, 4, { align: 'left' }),
          ],
        }),
    ),
  ];
  const note = tableNote(table);
  const children: (Paragraph | Table)[] = [
    titleParagraph(`${input.campaign.name}专项捐赠汇总`),
    bodyParagraph(`填报单位：${input.unitName}`, false),
    headingParagraph('一、专项概况'),
    bodyParagraph(periodLine(input.campaign)),
    headingParagraph('二、捐赠合计'),
    ...totalsParagraphs(totals).map((line) => bodyParagraph(line)),
    headingParagraph('三、捐赠明细'),
    ...(note ? [bodyParagraph(note)] : []),
    table.rows.length > 0 ? ruledTable(rows, WIDTHS) : bodyParagraph('无可列出的捐赠。'),
    ...signatureParagraphs(input.unitName, input.dated),
  ];
  return packGbDocument(`${input.campaign.name}专项捐赠汇总`, children);
}
