import {
  DUTY_CATEGORIES,
  type DutyCategory,
  type MemberYear,
  type PointsRules,
} from '../../domain/points';
import { ROW_HEIGHT, VirtualTable, type VirtualColumn } from '../records/VirtualTable';

interface Row {
  id: DutyCategory;
  count: number;
  earned: number;
  points: number;
  cap: number;
}

// The lists' table, not antd's: the 档案 then opens without antd's table code (160 KB to fetch
// and run on a first opening) for six lines.
const COLUMNS: readonly VirtualColumn<Row>[] = [
  { key: 'category', title: '履职项目', render: (row) => row.id },
  { key: 'count', title: '次数', width: 90, align: 'right', render: (row) => row.count },
  {
    key: 'points',
    title: '积分',
    width: 240,
    align: 'right',
    render: (row) =>
      row.earned > row.cap ? `${row.points}（计得 ${row.earned}，按上限）` : row.points,
  },
  { key: 'cap', title: '上限', width: 90, align: 'right', render: (row) => row.cap },
];

/** Counts and points of one member's year, one row per heading of the 履职档案 form. */
export function YearSummaryTable({ year, rules }: { year: MemberYear; rules: PointsRules }) {
  const rows: Row[] = DUTY_CATEGORIES.map((category) => ({
    id: category,
    count: year.counts[category],
    earned: year.earned[category],
    points: year.points[category],
    cap: rules.caps[category],
  }));
  return (
    <VirtualTable<Row>
      label={`${year.year}年度履职统计`}
      columns={COLUMNS}
      rows={rows}
      height={rows.length * ROW_HEIGHT}
      emptyText=""
    />
  );
}
