import { donationTotals } from '../../../domain/donations/donationTotals';
import { CURRENCY_CODES } from '../../../domain/currencies';
import { formatWan } from '../../../domain/money';
import type { Donation } from '../../../domain/records';

/** What a card says of goods with no 估值. */
export const UNVALUED = '未估值';

/** The names of a donation's donors, members by `nameOf`. */
export function donorNames(donation: Donation, nameOf: (id: string) => string | undefined): string {
  return donation.donors
    .map((donor) => (donor.type === '委员' ? (nameOf(donor.memberId) ?? '…') : donor.name))
    .join('、');
}

/** 医用外科口罩、KN95口罩 等 4 项: the first two items and how many there are. */
export function itemsSummary(donation: Donation): string {
  const names = donation.items.map((item) => item.name);
  if (names.length <= 2) return names.join('、') || '（未填物资明细）';
  return `${names.slice(0, 2).join('、')} 等 ${names.length} 项`;
}

/**
 * 估值 as the board shows it: in CNY (万元) when it is known in CNY or converted with the
 * donation's rate, else in each currency given; 未估值 when there is none.
 */
export function valueText(donation: Donation): string {
  const { goods } = donationTotals([donation]);
  const foreign = CURRENCY_CODES.filter((code) => code !== 'CNY' && goods.byCurrency.has(code));
  if (goods.cnyMinor > 0 || (goods.byCurrency.has('CNY') && foreign.length === 0)) {
    const cny = formatWan({ amountMinor: goods.cnyMinor, currency: 'CNY' });
    return foreign.length > 0 && donation.cnyAmountMinor === undefined
      ? `${cny}（另有外币估值）`
      : cny;
  }
  if (foreign.length > 0) {
    return foreign
      .map((code) => formatWan({ amountMinor: goods.byCurrency.get(code) ?? 0, currency: code }))
      .join('、');
  }
  return UNVALUED;
}
