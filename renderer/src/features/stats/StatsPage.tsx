import { TableOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Empty, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useHashRoute } from '../../app/useHashRoute';
import { bridgeErrorMessage } from '../../bridge/bridge';
import { activityCountsByYearAndType, readStatsYear, statsYears } from '../../db/statsQueries';
import { ACTIVITY_TYPES } from '../../domain/records';
import {
  attendanceBySector,
  donationsByCampaign,
  gradeDistribution,
  participationByMember,
} from '../../domain/stats/yearStats';
import { PageHeading } from '../../shared/PageHeading';
import { usePointsRules } from '../dossier/usePointsRules';
import { YearDocumentsCard } from '../documents/YearDocumentsCard';
import { useRecordOptions } from '../records/useRecordOptions';
import {
  activityChart,
  attendanceChart,
  donationChart,
  gradeChart,
  rankingChart,
} from './statCharts';
import { StatChart } from './StatChart';
import { chartFileName } from './chartImage';
import { filterText, statSheet } from './statSheets';
import { saveStatTables } from './statWorkbook';
import { SELECT_CLEAR } from '../../shared/selectClear';

/**
 * 统计: the committee's figures as charts, each with the table of its numbers. 年份 and 专项
 * narrow every chart and live in the URL, so back and forward keep them.
 */
export function StatsPage() {
  const { query, setQuery } = useHashRoute();
  const years = useLiveQuery(statsYears, []);
  const campaigns = useRecordOptions('campaign');
  const rules = usePointsRules();
  const chosenYear = Number.parseInt(query.year ?? '', 10);
  const year = years?.includes(chosenYear) ? chosenYear : years?.[0];
  const campaignId = query.campaign || undefined;
  const { message } = AntApp.useApp();

  // Each answer says what it was asked for: until the answer for the chosen year and 专项 is
  // in, the charts wait rather than show the last one's numbers under the new title.
  const byType = useLiveQuery(
    async () => ({ campaignId, counts: await activityCountsByYearAndType(campaignId) }),
    [campaignId],
  );
  const records = useLiveQuery(
    async () => (year === undefined ? null : { year, ...(await readStatsYear(year)) }),
    [year],
  );

  const campaignName = useMemo(
    () => (id: string | undefined) =>
      id ? (campaigns?.find((c) => c.value === id)?.label ?? '（未知专项）') : '未归专项',
    [campaigns],
  );

  // The chart over every year needs only the kept counts: it shows while the year is read.
  const overYears = useMemo(() => {
    if (!byType || byType.campaignId !== campaignId) return null;
    return {
      head: {
        title: '各年度履职活动（按类型）',
        sheetName: '各年度履职活动',
        filter: filterText('各年度', campaignId && campaignName(campaignId)),
        note: campaignId ? '只计所选专项的活动。' : undefined,
      },
      chart: activityChart(byType.counts, ACTIVITY_TYPES),
    };
  }, [byType, campaignId, campaignName]);

  const inYear = useMemo(() => {
    if (year === undefined || records?.year !== year) return null;
    const inCampaign = <T extends { campaignId?: string | undefined }>(list: readonly T[]) =>
      campaignId ? list.filter((record) => record.campaignId === campaignId) : list;
    const activities = inCampaign(records.activities);
    const donations = inCampaign(records.donations);
    const parts = participationByMember(activities, records.members);
    const filter = filterText(year, campaignId && campaignName(campaignId));
    // Title, tab name, filter and note of each chart: what the page shows and the export states.
    const heads = {
      ranking: { title: `${year}年委员参与排名`, sheetName: '委员参与排名', filter },
      attendance: { title: `${year}年出席率（按界别）`, sheetName: '出席率', filter },
      grades: {
        title: `${year}年履职积分等次（在任委员）`,
        sheetName: '履职积分等次',
        filter,
        note: '积分按委员全年的履职计算，不受专项筛选影响；规则在“设置 → 履职积分规则”。',
      },
      donations: { title: `${year}年捐赠（按专项，折合人民币）`, sheetName: '捐赠', filter },
    };
    return {
      heads,
      ranking: rankingChart(parts),
      attendance: attendanceChart(attendanceBySector(parts)),
      grades: gradeChart(
        gradeDistribution(year, records.members, records.activities, records.donations, rules),
      ),
      donations: donationChart(donationsByCampaign(donations), campaignName),
    };
  }, [records, year, campaignId, campaignName, rules]);

  const exportAll = async () => {
    if (!overYears || !inYear || year === undefined) return;
    const { heads } = inYear;
    const sheets = [
      statSheet(overYears.head, { ...overYears.chart, note: overYears.head.note }),
      statSheet(heads.ranking, inYear.ranking),
      statSheet(heads.attendance, inYear.attendance),
      statSheet(heads.grades, { ...inYear.grades, note: heads.grades.note }),
      statSheet(heads.donations, inYear.donations),
    ];
    try {
      // Named with the 专项 chosen, as each chart's own file is: 2020年统计表格（新冠肺炎疫情防控）.xlsx.
      const path = await saveStatTables(
        sheets,
        chartFileName(`${year}年统计表格`, heads.ranking.filter, 'xlsx'),
      );
      if (path) message.success(`已导出表格：${path}`);
    } catch (error) {
      message.error(`导出失败：${bridgeErrorMessage(error)}`);
    }
  };

  const change = (next: Record<string, string | undefined>) => {
    const merged: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...query, ...next }))
      if (value) merged[key] = value;
    setQuery(merged);
  };

  if (years && years.length === 0) {
    return (
      <section aria-labelledby="page-title">
        <PageHeading>统计</PageHeading>
        <Empty description="还没有可统计的记录。录入履职活动和捐赠后，这里按年度和专项画出图表，并列出数字。" />
      </section>
    );
  }

  return (
    <section aria-labelledby="page-title">
      <PageHeading>统计</PageHeading>
      <Space wrap role="group" aria-label="筛选" style={{ marginBottom: 16 }}>
        <Select
          aria-label="年份"
          style={{ width: 120 }}
          loading={!years}
          value={year}
          options={years?.map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(value: number) => change({ year: String(value) })}
        />
        <Select
          aria-label="专项"
          placeholder="全部专项"
          allowClear={SELECT_CLEAR}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220 }}
          popupMatchSelectWidth={false}
          loading={!campaigns}
          value={campaignId}
          options={campaigns}
          onChange={(value: string | undefined) => change({ campaign: value })}
        />
        <Button
          icon={<TableOutlined />}
          disabled={!overYears || !inYear}
          onClick={() => void exportAll()}
        >
          导出全部表格
        </Button>
      </Space>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {overYears ? <StatChart {...overYears.chart} {...overYears.head} tableBelow /> : null}
        {inYear ? (
          <>
            <StatChart {...inYear.ranking} {...inYear.heads.ranking} />
            <StatChart {...inYear.attendance} {...inYear.heads.attendance} />
            <StatChart {...inYear.grades} {...inYear.heads.grades} />
            <StatChart {...inYear.donations} {...inYear.heads.donations} />
          </>
        ) : (
          <Typography.Paragraph type="secondary">正在统计…</Typography.Paragraph>
        )}
      </Space>
      {year !== undefined ? (
        <div style={{ marginTop: 24 }}>
          <YearDocumentsCard year={year} />
        </div>
      ) : null}
    </section>
  );
}
