import { Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useAfterFirstScreen } from '../../../app/useAfterFirstScreen';
import { readAllListed, type ListQuery } from '../../../db/recordPages';
import { CURRENCIES, CURRENCY_CODES, type CurrencyCode } from '../../../domain/currencies';
import { donationTotals, type DonationTotals } from '../../../domain/donations/donationTotals';
import { formatAmount, formatWan } from '../../../domain/money';
import './donationTotals.css';

const wanYuan = (fen: number) => formatWan({ amountMinor: fen, currency: 'CNY' }, { unit: '万' });

/** 人民币 5,000.00 · 港币 1,234.00: each currency as given, by its name, never summed across. */
function perCurrency(byCurrency: ReadonlyMap<CurrencyCode, number>): string {
  return CURRENCY_CODES.filter((code) => byCurrency.has(code))
    .map((code) => `${CURRENCIES[code].name} ${formatAmount(byCurrency.get(code) ?? 0, code)}`)
    .join(' · ');
}

/** 按各笔记录的汇率折算；港币 0.8976（3 笔）；澳门币 0.8715（1 笔）. */
export function ratesText(totals: DonationTotals): string {
  const used = totals.rates.map((r) => `${CURRENCIES[r.currency].name} ${r.rate}（${r.count} 笔）`);
  return ['按各笔记录的汇率折算', ...used].join('；');
}

/**
 * The totals of the donations the list's filters hold: cash and goods per currency as given, and
 * in CNY (万元) converted with each donation's own rate, saying which rates were used; donations
 * in another currency without a rate are counted apart and flagged.
 */
export function DonationTotalsBar({ query }: { query: ListQuery }) {
  const ready = useAfterFirstScreen();
  const key = JSON.stringify(query);
  // The query is a new object on every render; its JSON says whether it changed.
  const totals = useLiveQuery(async () => {
    if (!ready) return undefined;
    return donationTotals(await readAllListed<'donation'>(JSON.parse(key) as ListQuery));
  }, [ready, key]);
  if (!totals) {
    return (
      <div className="donation-totals" aria-label="合计" role="group">
        <Typography.Text type="secondary">正在合计…</Typography.Text>
      </div>
    );
  }
  const { cash, goods } = totals;
  return (
    <div className="donation-totals" aria-label="合计" role="group">
      <div>
        <strong>资金 {cash.count} 笔</strong>
        {cash.count > 0
          ? `：${perCurrency(cash.byCurrency)}；折合人民币 ${wanYuan(cash.cnyMinor)}`
          : ''}
      </div>
      <div>
        <strong>物资 {goods.count} 批</strong>
        {goods.count > 0
          ? `：估值 ${perCurrency(goods.byCurrency) || '—'}；折合人民币 ${wanYuan(goods.cnyMinor)}` +
            (goods.unvalued > 0 ? `（${goods.unvalued} 批未估值）` : '')
          : ''}
      </div>
      <div>
        <strong>合计折合人民币 {wanYuan(totals.cnyMinor)}</strong>
      </div>
      {totals.rates.length > 0 ? (
        <Typography.Text type="secondary">{ratesText(totals)}</Typography.Text>
      ) : null}
      {totals.withoutRate > 0 ? (
        <Typography.Text type="danger" className="donation-totals-warning">
          {`${totals.withoutRate} 笔外币捐赠没有记录汇率，未计入折合人民币；请在捐赠中补填汇率`}
        </Typography.Text>
      ) : null}
    </div>
  );
}
