import { TableRow, type Paragraph, type Table } from 'docx';
import { campaignTotals, type CampaignTotals } from '../campaigns/campaignTotals';
import { CURRENCIES, CURRENCY_CODES } from '../currencies';
import { formatWan } from '../money';
import { formatDateRange, formatPartialDate } from '../partialDate';
import type { Campaign, Donation } from '../records';
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
import { goodsSummary, goodsValue, officeAmount } from './officeWording';

/** A donation of the 专项 with its donors already named (members by their names). */
export interface NamedDonation {
  donation: Donation;
  /** The donors as one line: 张国华、港澳委员和海外顾问团成员. */
  donors: string;
}

/** What a 专项捐赠汇总 is made from. */
export interface CampaignSummaryInput {
  unitName: string;
  dated: string;
  campaign: Pick<Campaign, 'name' | 'period' | 'description'>;
  /** The 专项's live donations, oldest first. */
  donations: readonly NamedDonation[];
  /** 包含保密捐赠方: list the donors who asked not to be named too. */
  includeConfidential: boolean;
}

/** One row of the table of donations. */
export interface SummaryRow {
  donors: string;
  date: string;
  amount: string;
  goods: string;
}

/** The summary's table and what was kept out of it. */
export interface SummaryRows {
  rows: SummaryRow[];
  /** Donations whose donors asked not to be named, left out of the table. */
  leftOut: number;
  /** Such donations listed because the user chose to. */
  confidentialListed: number;
}

const cnyWan = (amountMinor: number) => formatWan({ amountMinor, currency: 'CNY' });

/**
 * The table of a 专项's donations: 捐赠方, 日期, 金额 (in its own currency) and 物资. Donations
 * marked 保密 are left out and counted, unless the user chose to include them (then marked).
 */
export function summaryRows(input: CampaignSummaryInput): SummaryRows {
  let leftOut = 0;
  let confidentialListed = 0;
  const rows: SummaryRow[] = [];
  for (const { donation, donors } of input.donations) {
    if (donation.confidential) {
      if (!input.includeConfidential) {
        leftOut++;
        continue;
      }
      confidentialListed++;
    }
    const value = donation.kind === '资金' ? donation.amount : goodsValue(donation);
    rows.push({
      donors: donation.confidential ? `${donors}（保密）` : donors,
      date: formatPartialDate(donation.date),
      amount: value ? `${donation.kind === '物资' ? '估值' : ''}${officeAmount(value)}` : '—',
      goods: goodsSummary(donation.items) || '—',
    });
  }
  return { rows, leftOut, confidentialListed };
}

/**
 * The totals as sentences: cash converted and per currency, the rates used, goods by value;
 * `subject` leads them (本专项, 全年).
 */
export function totalsParagraphs(totals: CampaignTotals, subject = '本专项'): string[] {
  const { cash, goods } = totals;
  const lines: string[] = [];
  if (cash.count === 0) lines.push(`${subject}没有资金捐赠。`);
  else {
    const perCurrency = CURRENCY_CODES.filter((code) => cash.byCurrency.has(code)).map((code) =>
      officeAmount({ amountMinor: cash.byCurrency.get(code) ?? 0, currency: code }),
    );
    lines.push(
      `${subject}共接收资金捐赠${cash.count}笔，折合人民币${cnyWan(cash.cnyMinor)}。其中按原币种计：${perCurrency.join('，')}。`,
    );
    if (cash.rates.length > 0) {
      const rates = cash.rates
        .map((r) => `${CURRENCIES[r.currency].name}${r.rate}（${r.count}笔）`)
        .join('，');
      lines.push(`外币按各笔捐赠所记汇率折合人民币：${rates}。`);
    }
    if (cash.unconverted > 0) {
      lines.push(`另有${cash.unconverted}笔外币捐赠未记折合人民币，未计入上述折合合计。`);
    }
  }
  if (goods.count === 0) lines.push(`${subject}没有物资捐赠。`);
  else {
    const unvalued = goods.unvalued > 0 ? `（另有${goods.unvalued}批未以人民币估值）` : '';
    lines.push(`接收物资捐赠${goods.count}批，估值人民币${cnyWan(goods.cnyMinor)}${unvalued}。`);
  }
  return lines;
}

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
