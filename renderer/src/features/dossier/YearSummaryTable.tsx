import { Table } from 'antd';
import {
  DUTY_CATEGORIES,
  type DutyCategory,
  type MemberYear,
  type PointsRules,
} from '../../domain/points';

interface Row {
  category: DutyCategory;
  count: number;
  earned: number;
  points: number;
  cap: number;
}

/** Counts and points of one member's year, one row per heading of the 履职档案 form. */
export function YearSummaryTable({ year, rules }: { year: MemberYear; rules: PointsRules }) {
  const rows: Row[] = DUTY_CATEGORIES.map((category) => ({
    category,
    count: year.counts[category],
    earned: year.earned[category],
    points: year.points[category],
    cap: rules.caps[category],
  }));
  return (
    <Table<Row>
      aria-label={`${year.year}年度履职统计`}
      size="small"
      pagination={false}
      rowKey="category"
      dataSource={rows}
      columns={[
        { title: '履职项目', dataIndex: 'category' },
        { title: '次数', dataIndex: 'count', align: 'right' },
        {
          title: '积分',
          dataIndex: 'points',
          align: 'right',
          render: (points: number, row) =>
            row.earned > row.cap ? `${points}（计得 ${row.earned}，按上限）` : points,
        },
        { title: '上限', dataIndex: 'cap', align: 'right' },
      ]}
    />
  );
}
