import { App as AntApp, Button, Card, List, Select, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useHost } from '../../app/HostContext';
import { useLeaveGuard } from '../../app/useLeaveGuard';
import { bridgeErrorMessage } from '../../bridge/bridge';
import {
  DEFAULT_POINTS_RULES,
  DUTY_CATEGORIES,
  gradeChanges,
  pointsRulesSchema,
  ROLE_SCORED_TYPES,
  type PointsRules,
  type RoleScoredType,
} from '../../domain/points';
import { PARTICIPANT_ROLES } from '../../domain/records';
import { statsYears } from '../../db/statsQueries';
import { readYear } from '../dossier/dossierQueries';
import { usePointsRules } from '../dossier/usePointsRules';
import { RuleNumberInput, useRuleProblems } from './RuleNumberInput';
import { showsSettingsCards } from './settingsGuard';

function Labelled(props: { label: string; children: React.ReactNode }) {
  return (
    <Space size={4}>
      <Typography.Text>{props.label}</Typography.Text>
      {props.children}
    </Space>
  );
}

/**
 * 履职积分规则: the table that turns records into points, editable, with a preview of the members
 * whose grade would change before it is saved. Totals are derived, so saving recomputes them all.
 */
export function PointsRulesCard() {
  const { saveSettings, settings } = useHost();
  const { message } = AntApp.useApp();
  const saved = usePointsRules();
  const [draft, setDraft] = useState<PointsRules | null>(null);
  const rules = draft ?? saved;
  const problems = useRuleProblems();
  // Bumped when the boxes are set afresh (放弃修改, 恢复默认规则, saved): text refused is dropped.
  const [generation, setGeneration] = useState(0);
  // Text refused counts as a change: 保存规则 says why it cannot save, 放弃修改 drops it.
  const changed = draft !== null || problems.lines.length > 0;
  useLeaveGuard('履职积分规则', () => changed, showsSettingsCards);
  const restart = (next: PointsRules | null) => {
    setDraft(next);
    problems.clear();
    setGeneration((g) => g + 1);
  };
  /** A number box for one rule, named by its label. */
  const points = (label: string, value: number, set: (next: PointsRules, v: number) => void) => (
    <RuleNumberInput
      key={`${label}:${generation}`}
      label={label}
      value={value}
      onChange={(v) => edit((n) => set(n, v))}
      onProblem={problems.report}
    />
  );
  const edit = (change: (next: PointsRules) => void) => {
    const next = structuredClone(rules);
    change(next);
    setDraft(next);
  };

  const save = async () => {
    if (problems.lines.length > 0) {
      message.error(`未保存：${problems.lines[0]}`);
      return;
    }
    const parsed = pointsRulesSchema.safeParse(rules);
    if (!parsed.success) {
      message.error(`未保存：${parsed.error.issues[0]?.message ?? '规则有误'}`);
      return;
    }
    try {
      await saveSettings({ pointsRules: parsed.data });
      restart(null);
      message.success('履职积分规则已保存，全部委员的积分已按新规则计算');
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    }
  };

  const activityRows = ROLE_SCORED_TYPES.map((type) => ({ type }));
  return (
    <Card title="履职积分规则">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          每位委员每年的积分由下列规则和履职记录算出，不需手工填写；修改规则后全部委员的积分随之改变。
          出席一次活动按类型和角色计分；请假、缺席按次扣分（在各项上限和总分上限之后扣除）。
        </Typography.Paragraph>
        <Table<{ type: RoleScoredType }>
          aria-label="活动积分（出席一次）"
          size="small"
          pagination={false}
          rowKey="type"
          dataSource={activityRows}
          scroll={{ x: true }}
          columns={[
            { title: '活动类型', dataIndex: 'type', width: 80 },
            ...PARTICIPANT_ROLES.map((role) => ({
              title: role,
              key: role,
              render: (_: unknown, row: { type: RoleScoredType }) =>
                points(
                  `${row.type}${role}积分`,
                  rules.activity[row.type][role],
                  (n, v) => void (n.activity[row.type][role] = v),
                ),
            })),
          ]}
        />
        <Space wrap size="middle">
          <Labelled label="提案领衔">
            {points('提案领衔积分', rules.proposal.lead, (n, v) => void (n.proposal.lead = v))}
          </Labelled>
          <Labelled label="提案联名">
            {points('提案联名积分', rules.proposal.joint, (n, v) => void (n.proposal.joint = v))}
          </Labelled>
          <Labelled label="立案加">
            {points(
              '立案加分',
              rules.proposal.filedExtra,
              (n, v) => void (n.proposal.filedExtra = v),
            )}
          </Labelled>
          <Labelled label="重点提案加">
            {points(
              '重点提案加分',
              rules.proposal.keyExtra,
              (n, v) => void (n.proposal.keyExtra = v),
            )}
          </Labelled>
        </Space>
        <Space wrap size="middle">
          <Labelled label="社情民意/建议每篇">
            {points(
              '社情民意/建议每篇积分',
              rules.suggestion.submitted,
              (n, v) => void (n.suggestion.submitted = v),
            )}
          </Labelled>
          <Labelled label="采用加">
            {points(
              '采用加分',
              rules.suggestion.adoptedExtra,
              (n, v) => void (n.suggestion.adoptedExtra = v),
            )}
          </Labelled>
          <Labelled label="获批示加">
            {points(
              '获批示加分',
              rules.suggestion.instructedExtra,
              (n, v) => void (n.suggestion.instructedExtra = v),
            )}
          </Labelled>
          <Labelled label="公益捐赠每次">
            {points(
              '公益捐赠每次积分',
              rules.donation.perDonation,
              (n, v) => void (n.donation.perDonation = v),
            )}
          </Labelled>
        </Space>
        <Space wrap size="middle">
          <Labelled label="请假每次扣">
            {points('请假每次扣分', rules.deductions.请假, (n, v) => void (n.deductions.请假 = v))}
          </Labelled>
          <Labelled label="缺席每次扣">
            {points('缺席每次扣分', rules.deductions.缺席, (n, v) => void (n.deductions.缺席 = v))}
          </Labelled>
        </Space>
        <Space wrap size="middle">
          {DUTY_CATEGORIES.map((category) => (
            <Labelled key={category} label={`${category}上限`}>
              {points(
                `${category}上限`,
                rules.caps[category],
                (n, v) => void (n.caps[category] = v),
              )}
            </Labelled>
          ))}
          <Labelled label="总分上限">
            {points('总分上限', rules.totalCap, (n, v) => void (n.totalCap = v))}
          </Labelled>
        </Space>
        <Space wrap size="middle">
          <Labelled label="优秀不低于">
            {points('优秀不低于', rules.grades.优秀, (n, v) => void (n.grades.优秀 = v))}
          </Labelled>
          <Labelled label="良好不低于">
            {points('良好不低于', rules.grades.良好, (n, v) => void (n.grades.良好 = v))}
          </Labelled>
          <Labelled label="称职不低于">
            {points('称职不低于', rules.grades.称职, (n, v) => void (n.grades.称职 = v))}
          </Labelled>
        </Space>
        {problems.lines.length > 0 ? (
          <Typography.Text type="danger" role="alert">
            {problems.lines.join('；')}。改正后才能保存。
          </Typography.Text>
        ) : null}
        {draft ? <GradePreview before={saved} after={draft} /> : null}
        <Space>
          <Button type="primary" disabled={!changed || !settings} onClick={() => void save()}>
            保存规则
          </Button>
          <Button disabled={!changed} onClick={() => restart(null)}>
            放弃修改
          </Button>
          <Button onClick={() => restart(structuredClone(DEFAULT_POINTS_RULES))}>
            恢复默认规则
          </Button>
        </Space>
      </Space>
    </Card>
  );
}

/** The members whose grade for a chosen year the unsaved rules would change. */
function GradePreview({ before, after }: { before: PointsRules; after: PointsRules }) {
  const years = useLiveQuery(statsYears, []);
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? years?.[0];
  const records = useLiveQuery(() => (year === undefined ? undefined : readYear(year)), [year]);
  const changes = useMemo(() => {
    if (!records || year === undefined) return undefined;
    const names = new Map(records.members.map((m) => [m.id, m.name]));
    return gradeChanges(
      records.members.map((m) => m.id),
      year,
      records.activities,
      records.donations,
      before,
      after,
    ).map((change) => ({ ...change, name: names.get(change.memberId) ?? '' }));
  }, [records, year, before, after]);
  const invalid = !pointsRulesSchema.safeParse(after).success;

  return (
    <Card size="small" type="inner" title="保存前预览：等次将改变的委员">
      {year === undefined ? (
        <Typography.Text type="secondary">还没有履职记录，没有可预览的年度。</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Select<number>
            aria-label="预览年度"
            value={year}
            style={{ width: 120 }}
            onChange={setChosen}
            options={(years ?? []).map((y) => ({ value: y, label: `${y}年` }))}
          />
          {invalid ? (
            <Typography.Text type="danger">
              等次分数线应为 优秀 &gt; 良好 &gt; 称职。
            </Typography.Text>
          ) : (
            <List
              aria-label="等次将改变的委员"
              size="small"
              loading={changes === undefined}
              locale={{ emptyText: `${year}年没有委员的等次会改变。` }}
              dataSource={changes ?? []}
              renderItem={(c) => (
                <List.Item>
                  {`${c.name}：${c.before.grade}（${c.before.total}分）→ ${c.after.grade}（${c.after.total}分）`}
                </List.Item>
              )}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
