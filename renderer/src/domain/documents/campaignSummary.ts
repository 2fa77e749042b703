import type { CampaignTotals } from '../campaigns/campaignTotals';
import { CURRENCIES, CURRENCY_CODES } from '../currencies';
import { formatWan } from '../money';
import { formatPartialDate } from '../partialDate';
import type { Campaign, Donation } from '../records';
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
