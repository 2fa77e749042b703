import { UNKNOWN_MONTH } from '../../domain/unknownMonth';
import { BarTable } from './BarTable';
import { Counting, FigureLink } from './FigureLink';
import { overviewLinks } from './overviewLinks';
import type { OverviewYear } from './useOverviewYear';

const monthLabel = (month: number | typeof UNKNOWN_MONTH) =>
  month === UNKNOWN_MONTH ? '月份不详' : `${month}月`;

const percent = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '—';

/** 总览's 履职活动: the year's activities by type and by month, each count a link to its list. */
export function ActivitiesSection({
  year,
  data,
}: {
  year: number;
  data: OverviewYear | undefined;
}) {
  const activities = data?.activities;
  return (
    <section className="overview-card" aria-labelledby="overview-activities-title">
      <h2 id="overview-activities-title">{year}年履职活动</h2>
      {!activities ? (
        <Counting />
      ) : activities.total === 0 ? (
        <p className="overview-none">{year}年没有履职活动记录。</p>
      ) : (
        <>
          <p className="overview-total">
            共{' '}
            <FigureLink
              href={overviewLinks.activities(year)}
              name={`${year}年 履职活动 ${activities.total} 条`}
            >
              {activities.total}
            </FigureLink>{' '}
            条
          </p>
          <div className="overview-columns">
            <BarTable
              caption="按类型"
              labelHeader="类型"
              countHeader="条数"
              rows={activities.byType.map(({ type, count }) => ({
                key: type,
                label: type,
                count,
                href: overviewLinks.activities(year, { type }),
                name: `${year}年 ${type} ${count} 条`,
              }))}
            />
            <BarTable
              caption="按月份"
              labelHeader="月份"
              countHeader="条数"
              rows={activities.byMonth.map(({ month, count }) => ({
                key: String(month),
                label: monthLabel(month),
                count,
                href: overviewLinks.activities(year, { month: String(month) }),
                name: `${year}年 ${monthLabel(month)} ${count} 条`,
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** 总览's 委员参与: who took part in the year's activities, how often they attended, the most active. */
export function ParticipationSection({
  year,
  data,
}: {
  year: number;
  data: OverviewYear | undefined;
}) {
  const activities = data?.activities;
  return (
    <section className="overview-card" aria-labelledby="overview-participation-title">
      <h2 id="overview-participation-title">{year}年委员参与</h2>
      {!activities || !data ? (
        <Counting />
      ) : activities.listed === 0 ? (
        <p className="overview-none">{year}年的履职活动还没有登记参加委员。</p>
      ) : (
        <>
          <dl className="overview-facts">
            <div>
              <dt>参加过活动的委员</dt>
              <dd>
                <FigureLink
                  href={overviewLinks.membersTakingPart(year)}
                  name={`${year}年 参加过活动的委员 ${activities.membersTakingPart} 人`}
                >
                  {activities.membersTakingPart}
                </FigureLink>{' '}
                人<small>（在任委员 {data.servingMembers} 人）</small>
              </dd>
            </div>
            <div>
              <dt>出席率</dt>
              <dd>
                {percent(activities.attended, activities.listed)}
                <small>
                  （出席 {activities.attended} 人次，应出席 {activities.listed} 人次）
                </small>
              </dd>
            </div>
          </dl>
          <table className="overview-table">
            <caption>出席次数最多的委员</caption>
            <thead>
              <tr>
                <th scope="col">委员</th>
                <th scope="col">出席</th>
                <th scope="col">应出席</th>
              </tr>
            </thead>
            <tbody>
              {activities.top.map((part) => (
                <tr key={part.memberId}>
                  <th scope="row">{part.name}</th>
                  <td>
                    <FigureLink
                      href={overviewLinks.activities(year, { member: part.memberId })}
                      name={`${year}年 ${part.name} 出席 ${part.attended} 次`}
                    >
                      {part.attended}
                    </FigureLink>
                  </td>
                  <td className="overview-plain-number">{part.listed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
