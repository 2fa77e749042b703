import { useLiveQuery } from 'dexie-react-hooks';
import { countOverdueGoods } from '../../db/goodsPipeline';
import { Counting, FigureLink } from './FigureLink';
import { overviewLinks } from './overviewLinks';
import type { OverviewYear } from './useOverviewYear';

interface Todo {
  key: string;
  text: string;
  count: number;
  unit: string;
  href: string;
}

/**
 * 总览's 待办: goods held too long at a stage (now, whatever their year), and in the year shown
 * the activities with no 参加委员, the cash donations with no 票据号 and the members on 履职提醒.
 */
export function TodoSection({ year, data }: { year: number; data: OverviewYear | undefined }) {
  // One section at a time: the goods (of every year) are counted once the year's figures are in.
  const yearRead = data !== undefined;
  const overdue = useLiveQuery(
    async () => (yearRead ? countOverdueGoods() : undefined),
    [yearRead],
  );
  const todos: Todo[] | undefined =
    data && overdue !== undefined
      ? [
          {
            key: 'overdue',
            text: '物资在一个阶段停留超期',
            count: overdue,
            unit: '批',
            href: overviewLinks.goodsBoard(),
          },
          {
            key: 'participants',
            text: `${year}年没有登记参加委员的活动`,
            count: data.activities.withoutParticipants,
            unit: '条',
            href: overviewLinks.activities(year, { participants: '无' }),
          },
          {
            key: 'receipt',
            text: `${year}年未填票据号的资金捐赠`,
            count: data.donations.cashWithoutReceipt,
            unit: '笔',
            href: overviewLinks.donations(year, { kind: '资金', receipt: '未填' }),
          },
          {
            key: 'reminders',
            text: `${year}年低于履职提醒标准的在任委员`,
            count: data.reminders,
            unit: '人',
            href: overviewLinks.reminders(year),
          },
        ].filter((todo) => todo.count > 0)
      : undefined;
  return (
    <section className="overview-card" aria-labelledby="overview-todo-title">
      <h2 id="overview-todo-title">待办</h2>
      {!todos ? (
        <Counting />
      ) : todos.length === 0 ? (
        <p className="overview-none">暂无待办。</p>
      ) : (
        <ul className="overview-todos">
          {todos.map((todo) => (
            <li key={todo.key}>
              <span>{todo.text}</span>
              <span>
                <FigureLink href={todo.href} name={`${todo.text} ${todo.count} ${todo.unit}`}>
                  {todo.count}
                </FigureLink>{' '}
                {todo.unit}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
