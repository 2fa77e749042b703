import { TableOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Empty, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useHashRoute } from '../../app/useHashRoute';
import { bridgeErrorMessage } from '../../bridge/bridge';
import { activityCountsByYearAndType, statsYears } from '../../db/statsQueries';
import { ACTIVITY_TYPES } from '../../domain/records';
import {
  attendanceBySector,
  donationsByCampaign,
  gradeDistribution,
  participationByMember,
} from '../../domain/stats/yearStats';
import { PageHeading } from '../../shared/PageHeading';
import { readYear } from '../dossier/dossierQueries';
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
import { filterText, statSheet } from './statSheets';
import { saveStatTables } from './statWorkbook';

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
    async () => (year === undefined ? null : { year, ...(await readYear(year)) }),
    [year],
  );

  const charts = useMemo(() => {
    if (year === undefined || records?.year !== year) return null;
    if (!byType || byType.campaignId !== campaignId) return null;
    const inCampaign = <T extends { campaignId?: string | undefined }>(list: readonly T[]) =>
      campaignId ? list.filter((record) => record.campaignId === campaignId) : list;
    const activities = inCampaign(records.activities);
    const donations = inCampaign(records.donations);
    const parts = participationByMember(activities, records.members);
    const campaignName = (id: string | undefined) =>
      id ? (campaigns?.find((c) => c.value === id)?.label ?? '（未知专项）') : '未列入专项';
    const inYear = filterText(year, campaignId && campaignName(campaignId));
    // Title, tab name, filter and note of each chart: what the page shows and the export states.
    const heads = {
      activity: {
        title: '各年度履职活动（按类型）',
        sheetName: '各年度履职活动',
        filter: filterText('各年度', campaignId && campaignName(campaignId)),
        note: campaignId ? '只计所选专项的活动。' : undefined,
      },
      ranking: { title: `${year}年委员参与排名`, sheetName: '委员参与排名', filter: inYear },
      attendance: { title: `${year}年出席率（按界别）`, sheetName: '出席率', filter: inYear },
      grades: {
        title: `${year}年履职积分等次（在任委员）`,
        sheetName: '履职积分等次',
        filter: inYear,
        note: '积分按委员全年的履职计算，不受专项筛选影响；规则在“设置 → 履职积分规则”。',
      },
      donations: {
        title: `${year}年捐赠（按专项，折合人民币）`,
        sheetName: '捐赠',
        filter: inYear,
      },
    };
    return {
      heads,
      activity: activityChart(byType.counts, ACTIVITY_TYPES),
      ranking: rankingChart(parts),
      attendance: attendanceChart(attendanceBySector(parts)),
      grades: gradeChart(
        gradeDistribution(year, records.members, records.activities, records.donations, rules),
      ),
      donations: donationChart(donationsByCampaign(donations), campaignName),
    };
  }, [records, year, byType, campaignId, campaigns, rules]);

  const exportAll = async () => {
    if (!charts || year === undefined) return;
    const { heads } = charts;
    const sheets = [
      statSheet(heads.activity, { ...charts.activity, note: heads.activity.note }),
      statSheet(heads.ranking, charts.ranking),
      statSheet(heads.attendance, charts.attendance),
      statSheet(heads.grades, { ...charts.grades, note: heads.grades.note }),
      statSheet(heads.donations, charts.donations),
    ];
    try {
      const path = await saveStatTables(sheets, `${year}年统计表格.xlsx`);
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
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220 }}
          popupMatchSelectWidth={false}
          loading={!campaigns}
          value={campaignId}
          options={campaigns}
          onChange={(value: string | undefined) => change({ campaign: value })}
        />
        <Button icon={<TableOutlined />} disabled={!charts} onClick={() => void exportAll()}>
          导出全部表格
        </Button>
      </Space>
      {charts && year !== undefined ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <StatChart {...charts.activity} {...charts.heads.activity} tableBelow />
          <StatChart {...charts.ranking} {...charts.heads.ranking} />
          <StatChart {...charts.attendance} {...charts.heads.attendance} />
          <StatChart {...charts.grades} {...charts.heads.grades} />
          <StatChart {...charts.donations} {...charts.heads.donations} />
        </Space>
      ) : (
        <Typography.Paragraph type="secondary">正在统计…</Typography.Paragraph>
      )}
      {year !== undefined ? (
        <div style={{ marginTop: 24 }}>
          <YearDocumentsCard year={year} />
        </div>
      ) : null}
    </section>
  );
}
