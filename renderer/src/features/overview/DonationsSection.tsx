import { NO_CAMPAIGN } from '../../db/listFilterFields';
import { formatWan } from '../../domain/money';
import { BarTable } from './BarTable';
import { Counting, FigureLink } from './FigureLink';
import { overviewLinks } from './overviewLinks';
import type { OverviewYear } from './useOverviewYear';

const yuan = (fen: number) => formatWan({ amountMinor: fen, currency: 'CNY' });

/**
 * 总览's 捐赠: the year's donations per 专项 in CNY (cash converted at each donation's own rate,
 * goods at their value), and the goods by the stage they are at; each figure opens its list.
 */
export function DonationsSection({ year, data }: { year: number; data: OverviewYear | undefined }) {
  const donations = data?.donations;
  return (
    <section className="overview-card" aria-labelledby="overview-donations-title">
      <h2 id="overview-donations-title">{year}年捐赠</h2>
      {!donations || !data ? (
        <Counting />
      ) : donations.byCampaign.length === 0 ? (
        <p className="overview-none">{year}年没有捐赠记录。</p>
      ) : (
        <>
          <table className="overview-table">
            <caption>按专项（折合人民币）</caption>
            <thead>
              <tr>
                <th scope="col">专项</th>
                <th scope="col">笔数</th>
                <th scope="col">折合人民币</th>
              </tr>
            </thead>
            <tbody>
              {donations.byCampaign.map((group) => {
                const name = group.campaignId
                  ? (data.campaignNames.get(group.campaignId) ?? '')
                  : '未归专项';
                const total = yuan(group.cashCnyMinor + group.goodsCnyMinor);
                const filters = { campaignId: group.campaignId ?? NO_CAMPAIGN };
                return (
                  <tr key={group.campaignId ?? ''}>
                    <th scope="row">{name}</th>
                    <td>
                      <FigureLink
                        href={overviewLinks.donations(year, filters)}
                        name={`${year}年 ${name} 捐赠 ${group.count} 笔`}
                      >
                        {group.count}
                      </FigureLink>
                    </td>
                    <td>
                      <FigureLink
                        href={overviewLinks.donations(year, filters)}
                        name={`${year}年 ${name} 折合人民币 ${total}`}
                      >
                        {total}
                      </FigureLink>
                      {group.unconverted > 0 ? (
                        <small className="overview-warning">
                          另有 {group.unconverted} 笔外币未折算
                        </small>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="overview-hint">资金按每笔记录的汇率折合人民币，物资按估值计。</p>
          {donations.goodsByStage.length > 0 ? (
            <BarTable
              caption="捐赠物资流转（按当前阶段）"
              labelHeader="阶段"
              countHeader="批数"
              rows={donations.goodsByStage.map(({ stage, count }) => ({
                key: stage,
                label: stage,
                count,
                href: overviewLinks.donations(year, { stage }),
                name: `${year}年 物资 ${stage} ${count} 批`,
              }))}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
