import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Form, Select, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useHost } from '../../app/HostContext';
import { useHashRoute } from '../../app/useHashRoute';
import { PageHeading } from '../../shared/PageHeading';
import { bridgeErrorMessage } from '../../bridge/bridge';
import {
  DUTY_CATEGORIES,
  DUTY_CATEGORY_SHORT,
  reminderReasons,
  scoreMembers,
  type PointsRules,
} from '../../domain/points';
import { statsYears } from '../../db/statsQueries';
import { readYear } from './dossierQueries';
import { RuleNumberInput, useRuleProblems } from '../settings/RuleNumberInput';
import { remindersCsv, type ReminderRow } from './remindersCsv';
import { saveExport, utf8WithBomBase64 } from './saveExport';
import { usePointsRules } from './usePointsRules';

type Minimums = PointsRules['reminders'];

/** 履职提醒: the serving members below the year's minimums, for the committee's 谈话提醒. */
export function RemindersPage() {
  const { navigate, query } = useHashRoute();
  const { saveSettings, settings } = useHost();
  const { message } = AntApp.useApp();
  const rules = usePointsRules();
  const years = useLiveQuery(statsYears, []);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  // 总览's 待办 opens the list of its year: `#/members/reminders?year=2021`.
  const linkedYear = Number(query.year) || undefined;
  const year = chosenYear ?? linkedYear ?? years?.[0] ?? new Date().getFullYear();
  const [edited, setEdited] = useState<Minimums | null>(null);
  const minimums = edited ?? rules.reminders;
  // With the year it was read for: another year chosen, the last year's records are not scored
  // as the new one's while it is read (the list shows it is loading instead).
  const read = useLiveQuery(async () => ({ year, records: await readYear(year) }), [year]);
  const records = read?.year === year ? read.records : undefined;

  const rows = useMemo<ReminderRow[] | undefined>(() => {
    if (!records) return undefined;
    const serving = records.members.filter((m) => m.status === '在任');
    const scoring = { ...rules, reminders: minimums };
    const scored = scoreMembers(
      serving.map((m) => m.id),
      year,
      records.activities,
      records.donations,
      scoring,
    );
    return serving
      .map((member, i) => {
        const summary = scored[i]!;
        return {
          name: member.name,
          category: member.category,
          sector: member.sector,
          year: summary,
          reasons: reminderReasons(summary, scoring),
        };
      })
      .filter((row) => row.reasons.length > 0)
      .sort((a, b) => a.year.total - b.year.total || a.name.localeCompare(b.name, 'zh-CN'));
  }, [records, rules, minimums, year]);

  const setMinimum = (patch: Partial<Minimums>) => setEdited({ ...minimums, ...patch });
  const problems = useRuleProblems();
  /** A count box of the 提醒标准, named by its label. */
  const count = (label: string, value: number, change: (v: number) => void) => (
    <RuleNumberInput
      label={label}
      value={value}
      integer
      suffix="次"
      width={96}
      onChange={change}
      onProblem={problems.report}
    />
  );

  const saveMinimums = async () => {
    if (problems.lines.length > 0) {
      message.error(`未保存：${problems.lines[0]}`);
      return;
    }
    try {
      await saveSettings({ pointsRules: { ...rules, reminders: minimums } });
      setEdited(null);
      message.success('提醒标准已保存');
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    }
  };

  const exportCsv = async () => {
    if (!rows) return;
    try {
      const path = await saveExport({
        defaultName: `${year}年度履职提醒名单.csv`,
        filterName: 'CSV 表格',
        extension: 'csv',
        base64: utf8WithBomBase64(remindersCsv(rows)),
      });
      if (path) message.success(`已导出：${path}`);
    } catch (error) {
      message.error(`导出失败：${bridgeErrorMessage(error)}`);
    }
  };

  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <PageHeading>履职提醒</PageHeading>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('members')}>
          返回委员列表
        </Button>
      </div>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title="提醒标准">
          <Form layout="inline" style={{ rowGap: 12 }}>
            <Form.Item label="年度">
              <Select<number>
                aria-label="年度"
                value={year}
                style={{ width: 120 }}
                onChange={setChosenYear}
                options={(years ?? [year]).map((y) => ({ value: y, label: `${y}年` }))}
              />
            </Form.Item>
            {DUTY_CATEGORIES.map((category) => (
              <Form.Item key={category} label={`${DUTY_CATEGORY_SHORT[category]}至少`}>
                {count(`${DUTY_CATEGORY_SHORT[category]}至少`, minimums.minCounts[category], (v) =>
                  setMinimum({ minCounts: { ...minimums.minCounts, [category]: v } }),
                )}
              </Form.Item>
            ))}
            <Form.Item label="请假超过">
              {count('请假超过', minimums.maxLeaves, (v) => setMinimum({ maxLeaves: v }))}
            </Form.Item>
            <Form.Item label="缺席超过">
              {count('缺席超过', minimums.maxAbsences, (v) => setMinimum({ maxAbsences: v }))}
            </Form.Item>
            <Form.Item>
              <Button
                disabled={(!edited && problems.lines.length === 0) || !settings}
                onClick={() => void saveMinimums()}
              >
                保存为默认标准
              </Button>
            </Form.Item>
          </Form>
          {problems.lines.length > 0 ? (
            <Typography.Text type="danger" role="alert">
              {problems.lines.join('；')}。名单中此项仍按修改前的标准计算。
            </Typography.Text>
          ) : null}
        </Card>
        <Card
          title={rows ? `需提醒的在任委员（${rows.length} 位）` : '需提醒的在任委员'}
          extra={
            <Button
              icon={<DownloadOutlined />}
              disabled={!rows || rows.length === 0}
              onClick={() => void exportCsv()}
            >
              导出名单（CSV）
            </Button>
          }
        >
          <Table<ReminderRow>
            aria-label="履职提醒名单"
            size="small"
            loading={rows === undefined}
            rowKey={(row) => row.year.memberId}
            dataSource={rows ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: `${year}年没有低于提醒标准的在任委员。` }}
            columns={[
              { title: '姓名', dataIndex: 'name', width: 100 },
              { title: '类别', dataIndex: 'category', width: 90 },
              ...DUTY_CATEGORIES.map((category) => ({
                title: DUTY_CATEGORY_SHORT[category],
                key: category,
                align: 'right' as const,
                width: 76,
                render: (_: unknown, row: ReminderRow) => row.year.counts[category],
              })),
              {
                title: '请假',
                key: 'leaves',
                align: 'right' as const,
                width: 56,
                render: (_: unknown, row: ReminderRow) => row.year.leaves,
              },
              {
                title: '缺席',
                key: 'absences',
                align: 'right' as const,
                width: 56,
                render: (_: unknown, row: ReminderRow) => row.year.absences,
              },
              {
                title: '积分',
                key: 'total',
                align: 'right' as const,
                width: 56,
                render: (_: unknown, row: ReminderRow) => row.year.total,
              },
              {
                title: '提醒事项',
                key: 'reasons',
                // Room for a reason on a line; in a narrow window the table scrolls sideways.
                width: 220,
                // A reason a line: joined, they wrapped in the middle of a word.
                render: (_: unknown, row: ReminderRow) =>
                  row.reasons.map((reason) => <div key={reason}>{reason}</div>),
              },
            ]}
          />
        </Card>
      </Space>
    </section>
  );
}
