import { GRADES, type Grade } from '../../domain/points';
import type { ActivityType } from '../../domain/records';
import type { TypeYearCounts } from '../../db/statsQueries';
import type {
  CampaignDonations,
  MemberParticipation,
  SectorAttendance,
} from '../../domain/stats/yearStats';
import type { EChartsCoreOption } from './echarts';
import type { SheetColumn } from './statSheets';
import type { StatColumn } from './StatTable';

/** What a chart of the 统计 page draws, and the table of the same numbers. */
export interface ChartSpec<Row> {
  description: string;
  option: EChartsCoreOption;
  columns: readonly StatColumn<Row>[];
  rows: readonly Row[];
  rowKey: keyof Row & string;
  /** The table's columns as its .xlsx export writes them: numbers as numbers. */
  sheetColumns: readonly SheetColumn<Row>[];
  note?: string;
}

/** How many of the ranking's members the chart draws; the table lists them all. */
const RANKING_DRAWN = 15;

const FONT = { fontFamily: 'inherit' };
const GRID = { left: 8, right: 24, top: 40, bottom: 8, containLabel: true };

/** 12.5%, or — when nobody was expected. */
export function rateText(attended: number, expected: number): string {
  return expected === 0 ? '—' : `${((attended / expected) * 100).toFixed(1)}%`;
}

/** attended ÷ expected as a fraction for a sheet's percent format, or — when nobody was expected. */
export function rateValue(attended: number, expected: number): number | string {
  return expected === 0 ? '—' : attended / expected;
}

/** Fen as 万元 with two decimals, as a number the chart and the table show. */
export function wanOf(minor: number): number {
  return Math.round(minor / 10_000) / 100;
}

const num = <Row>(title: string, dataIndex: keyof Row & string): StatColumn<Row> => ({
  title,
  dataIndex,
  align: 'right',
});

type ActivityRow = { year: number; total: number } & Partial<Record<ActivityType, number>>;

/**
 * One colour for each of the 15 types, the same whichever types a year or 专项 shows (ECharts'
 * own nine would repeat: 读书 and 其他 alike in one bar).
 */
export const TYPE_COLORS: Readonly<Record<ActivityType, string>> = {
  会议: '#5470c6',
  调研: '#91cc75',
  视察: '#fac858',
  考察: '#ee6666',
  协商: '#73c0de',
  读书: '#3ba272',
  值班: '#fc8452',
  接待: '#9a60b4',
  提案: '#ea7ccc',
  建议: '#8c564b',
  社情民意: '#2f4554',
  论坛: '#bcbd22',
  宣讲: '#17becf',
  帮扶: '#c23531',
  其他: '#9e9e9e',
};

/** Activities per year, a stacked bar per type. */
export function activityChart(
  counts: TypeYearCounts,
  types: readonly ActivityType[],
): ChartSpec<ActivityRow> {
  const years = [...counts.keys()].sort((a, b) => a - b);
  const used = types.filter((type) => years.some((year) => counts.get(year)?.get(type)));
  const rows = years.map((year) => {
    const row: ActivityRow = { year, total: 0 };
    for (const type of used) {
      const n = counts.get(year)?.get(type) ?? 0;
      row[type] = n;
      row.total += n;
    }
    return row;
  });
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return {
    description: `柱状图：${years[0] ?? ''}年至${years.at(-1) ?? ''}年各年度的履职活动，按类型分色，共 ${total} 项。数字见旁边的表格。`,
    option: {
      textStyle: FONT,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: GRID,
      xAxis: { type: 'category', data: years.map((y) => `${y}年`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: used.map((type) => ({
        name: type,
        type: 'bar',
        stack: 'total',
        itemStyle: { color: TYPE_COLORS[type] },
        data: rows.map((row) => row[type] ?? 0),
      })),
    },
    columns: [
      { title: '年度', dataIndex: 'year', render: (y: number) => `${y}年`, fixed: 'left' },
      ...used.map((type) => num<ActivityRow>(type, type)),
      num<ActivityRow>('合计', 'total'),
    ],
    rows: [...rows].reverse(),
    rowKey: 'year',
    sheetColumns: [
      { header: '年度', kind: 'year', value: (row) => row.year },
      ...used.map((type) => ({
        header: type,
        kind: 'count' as const,
        value: (row: ActivityRow) => row[type] ?? 0,
      })),
      { header: '合计', kind: 'count', value: (row) => row.total },
    ],
  };
}

type RankingRow = MemberParticipation & { rank: number; rate: string };

/**
 * The members who attended most, a horizontal bar each. Members who attended as often share a
 * place (1, 1, 3), as a ranking in a report does: the order among them says nothing.
 */
/**
 * Said under the ranking when the chart draws only its first RANKING_DRAWN members: how many
 * there are, and, when the cut falls inside a tie, that some of those tied are not drawn.
 */
function rankingCutNote(rows: readonly { rank: number }[]): string {
  const lastDrawn = rows[RANKING_DRAWN - 1]!;
  const tied = rows.filter((row) => row.rank === lastDrawn.rank).length;
  const cutTie = rows[RANKING_DRAWN]?.rank === lastDrawn.rank;
  return (
    `图中为前 ${RANKING_DRAWN} 位，共 ${rows.length} 位委员` +
    (cutTie ? `；第 ${lastDrawn.rank} 名并列 ${tied} 位，图中未全部画出` : '') +
    '；全部见表格。'
  );
}

export function rankingChart(parts: readonly MemberParticipation[]): ChartSpec<RankingRow> {
  let rank = 0;
  const rows = parts.map((part, i) => {
    if (i === 0 || part.attended !== parts[i - 1]?.attended) rank = i + 1;
    return { ...part, rank, rate: rateText(part.attended, part.expected) };
  });
  const drawn = rows.slice(0, RANKING_DRAWN).reverse();
  return {
    description: `条形图：出席履职活动最多的 ${drawn.length} 位委员及其出席次数。全部 ${rows.length} 位见旁边的表格。`,
    ...(rows.length > RANKING_DRAWN ? { note: rankingCutNote(rows) } : {}),
    option: {
      textStyle: FONT,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: GRID,
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: drawn.map((row) => row.name) },
      series: [{ name: '出席', type: 'bar', data: drawn.map((row) => row.attended) }],
    },
    columns: [
      num('名次', 'rank'),
      { title: '委员', dataIndex: 'name' },
      num('出席', 'attended'),
      num('应出席', 'expected'),
      num('出席率', 'rate'),
    ],
    rows,
    rowKey: 'memberId',
    sheetColumns: [
      { header: '名次', kind: 'count', value: (row) => row.rank },
      { header: '委员', kind: 'text', value: (row) => row.name },
      { header: '出席', kind: 'count', value: (row) => row.attended },
      { header: '应出席', kind: 'count', value: (row) => row.expected },
      { header: '出席率', kind: 'rate', value: (row) => rateValue(row.attended, row.expected) },
    ],
  };
}

type SectorRow = SectorAttendance & { rate: string };

/** The attendance rate of each 界别. */
export function attendanceChart(sectors: readonly SectorAttendance[]): ChartSpec<SectorRow> {
  const rows = sectors.map((sector) => ({
    ...sector,
    rate: rateText(sector.attended, sector.expected),
  }));
  return {
    description: `柱状图：${rows.length} 个界别的委员出席率。数字见旁边的表格。`,
    option: {
      textStyle: FONT,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      grid: GRID,
      xAxis: { type: 'category', data: rows.map((row) => row.sector), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: '出席率',
          type: 'bar',
          data: rows.map((row) =>
            row.expected ? Math.round((row.attended / row.expected) * 1000) / 10 : 0,
          ),
        },
      ],
    },
    columns: [
      { title: '界别', dataIndex: 'sector' },
      num('委员数', 'members'),
      num('出席', 'attended'),
      num('应出席', 'expected'),
      num('出席率', 'rate'),
    ],
    rows,
    rowKey: 'sector',
    sheetColumns: [
      { header: '界别', kind: 'text', value: (row) => row.sector },
      { header: '委员数', kind: 'count', value: (row) => row.members },
      { header: '出席', kind: 'count', value: (row) => row.attended },
      { header: '应出席', kind: 'count', value: (row) => row.expected },
      { header: '出席率', kind: 'rate', value: (row) => rateValue(row.attended, row.expected) },
    ],
  };
}

type GradeRow = { grade: Grade; count: number };

/** How many serving members reach each grade. */
export function gradeChart(counts: Record<Grade, number>): ChartSpec<GradeRow> {
  const rows = GRADES.map((grade) => ({ grade, count: counts[grade] }));
  return {
    description: `柱状图：在任委员的履职积分等次，${rows.map((r) => `${r.grade} ${r.count} 人`).join('，')}。`,
    option: {
      textStyle: FONT,
      tooltip: { trigger: 'axis' },
      grid: GRID,
      xAxis: { type: 'category', data: [...GRADES] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '人数', type: 'bar', data: rows.map((row) => row.count) }],
    },
    columns: [{ title: '等次', dataIndex: 'grade' }, num('人数', 'count')],
    rows,
    rowKey: 'grade',
    sheetColumns: [
      { header: '等次', kind: 'text', value: (row) => row.grade },
      { header: '人数', kind: 'count', value: (row) => row.count },
    ],
  };
}

type DonationRow = {
  key: string;
  name: string;
  count: number;
  cash: number;
  goods: number;
  total: number;
};

/** Donations per 专项 in 万元 of CNY, cash and goods stacked. */
export function donationChart(
  groups: readonly CampaignDonations[],
  campaignName: (id: string | undefined) => string,
): ChartSpec<DonationRow> {
  const rows = groups.map((group) => {
    const cash = wanOf(group.cashCnyMinor);
    const goods = wanOf(group.goodsCnyMinor);
    return {
      key: group.campaignId ?? '',
      name: campaignName(group.campaignId),
      count: group.count,
      cash,
      goods,
      total: Math.round((cash + goods) * 100) / 100,
    };
  });
  const unconverted = groups.reduce((sum, group) => sum + group.unconverted, 0);
  return {
    description: `柱状图：${rows.length} 个专项的捐赠，资金和物资折合人民币万元。数字见旁边的表格。`,
    option: {
      textStyle: FONT,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v} 万元` },
      legend: { top: 0 },
      grid: GRID,
      xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', name: '万元' },
      series: [
        { name: '资金', type: 'bar', stack: 'total', data: rows.map((row) => row.cash) },
        { name: '物资', type: 'bar', stack: 'total', data: rows.map((row) => row.goods) },
      ],
    },
    columns: [
      { title: '专项', dataIndex: 'name' },
      num('笔数', 'count'),
      num('资金（万元）', 'cash'),
      num('物资（万元）', 'goods'),
      num('合计（万元）', 'total'),
    ],
    rows,
    rowKey: 'key',
    sheetColumns: [
      { header: '专项', kind: 'text', value: (row) => row.name },
      { header: '笔数', kind: 'count', value: (row) => row.count },
      { header: '资金（万元）', kind: 'wan', value: (row) => row.cash },
      { header: '物资（万元）', kind: 'wan', value: (row) => row.goods },
      { header: '合计（万元）', kind: 'wan', value: (row) => row.total },
    ],
    note:
      unconverted > 0
        ? `另有 ${unconverted} 笔外币资金没有记下折合人民币，未计入。`
        : '外币按每笔记录的汇率折合人民币。',
  };
}
