import { ArrowLeftOutlined, FileWordOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Empty,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useHost } from '../../app/HostContext';
import { useHashRoute } from '../../app/useHashRoute';
import { PageHeading } from '../../shared/PageHeading';
import { bridgeErrorMessage } from '../../bridge/bridge';
import { computeMemberYear, yearsWithRecords } from '../../domain/points';
import { maskEmail, maskPhone } from '../../domain/privacy';
import { FIELD_LABELS, type Member } from '../../domain/records';
import { formatFieldValue } from '../records/formatFieldValue';
import { useRecordNames } from '../records/useRecordNames';
import { ROW_HEIGHT, VirtualTable, type VirtualColumn } from '../records/VirtualTable';
import { dossierEntries, type DossierEntry } from './dossierEntries';
import { dossierFileName } from './dossierFileName';
import { readDossier } from './dossierQueries';
import { saveExport } from './saveExport';
import { todayChinese } from './todayChinese';
import { usePointsRules } from './usePointsRules';
import { YearSummaryTable } from './YearSummaryTable';

/** 委员档案: one member's profile, every activity and donation, and each year's points. */
export function MemberDossierPage({ memberId }: { memberId: string }) {
  const { navigate } = useHashRoute();
  const records = useLiveQuery(() => readDossier(memberId), [memberId]);
  const rules = usePointsRules();
  const [chosenYear, setChosenYear] = useState<number | null>(null);

  const years = useMemo(
    () => (records ? yearsWithRecords(memberId, records.activities, records.donations) : []),
    [records, memberId],
  );
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : years[0];
  const summary = useMemo(
    () =>
      records && year !== undefined
        ? computeMemberYear(memberId, year, records.activities, records.donations, rules)
        : undefined,
    [records, memberId, year, rules],
  );
  const entries = useMemo(
    () => (records ? dossierEntries(memberId, records.activities, records.donations, rules) : []),
    [records, memberId, rules],
  );

  if (records === undefined) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('members')}>
      返回委员列表
    </Button>
  );
  if (!records.member) {
    return (
      <section aria-labelledby="page-title">
        <PageHeading>委员档案</PageHeading>
        <Empty description="没有这位委员，或已删除。">{back}</Empty>
      </section>
    );
  }
  const member = records.member;

  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <PageHeading>委员档案：{member.name}</PageHeading>
        {back}
      </div>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Profile member={member} />
        <Card
          title="年度履职"
          extra={
            years.length > 0 ? (
              <Select<number>
                aria-label="年度"
                value={year}
                style={{ width: 120 }}
                onChange={setChosenYear}
                options={years.map((y) => ({ value: y, label: `${y}年` }))}
              />
            ) : null
          }
        >
          {summary && year !== undefined ? (
            // A block, not antd's inline-flex: on a line of its own it sat 17 px below the card's top.
            <Space orientation="vertical" style={{ width: '100%', display: 'flex' }}>
              <YearSummaryTable year={summary} rules={rules} />
              <Typography.Paragraph aria-label="年度积分合计" style={{ margin: 0 }}>
                {`请假 ${summary.leaves} 次，缺席 ${summary.absences} 次，扣 ${summary.deduction} 分；`}
                <Typography.Text
                  strong
                >{`积分合计 ${summary.total} 分，等次：${summary.grade}`}</Typography.Text>
              </Typography.Paragraph>
              <ExportButtons
                member={member}
                year={year}
                entries={entries.filter((e) => e.year === year)}
                summary={summary}
              />
            </Space>
          ) : (
            <Empty description="还没有这位委员的履职活动或捐赠记录。" />
          )}
        </Card>
        <Card title="履职记录">
          <EntriesTable entries={entries} />
        </Card>
      </Space>
    </section>
  );
}

const PROFILE_FIELDS = Object.entries(FIELD_LABELS.member) as [keyof Member, string][];

function Profile({ member }: { member: Member }) {
  const studioNames = useRecordNames('studio', member.studioIds);
  const show = (field: keyof Member): string => {
    if (field === 'phone') return maskPhone(member.phone) || '—';
    if (field === 'email') return maskEmail(member.email) || '—';
    const value = member[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') {
      return '—';
    }
    return formatFieldValue(value, (id) => studioNames?.get(id));
  };
  return (
    <Card title="基本信息">
      <Descriptions
        size="small"
        column={2}
        items={PROFILE_FIELDS.map(([field, label]) => ({
          key: field,
          label,
          children: show(field),
        }))}
      />
    </Card>
  );
}

/** The 履职记录 columns: plain text cells, so that a long file scrolls without antd per cell. */
const ENTRY_COLUMNS: readonly VirtualColumn<DossierEntry>[] = [
  { key: 'date', title: '日期', width: 140, render: (e) => e.date },
  { key: 'title', title: '名称', render: (e) => e.title },
  { key: 'type', title: '类型', width: 90, render: (e) => e.type },
  { key: 'role', title: '角色', width: 90, render: (e) => e.part?.role ?? '—' },
  { key: 'attendance', title: '出席情况', width: 90, render: (e) => e.part?.attendance ?? '—' },
  {
    key: 'points',
    title: '积分',
    width: 70,
    align: 'right',
    render: (e) => (e.points > 0 ? `+${e.points}` : String(e.points)),
  },
];

/** Each line takes the keyboard, as the lists' rows do: the table scrolls by keyboard too. */
const ENTRY_ROW_PROPS = () => ({ tabIndex: 0 });

/** Rows shown at once before the 履职记录 scrolls within its card. */
const ENTRY_ROWS_SHOWN = 12;

/**
 * Every line of the member's file, oldest first, in the lists' virtual table: a busy member's
 * thousands of lines draw only what is on screen, with no pages to turn.
 */
function EntriesTable({ entries }: { entries: DossierEntry[] }) {
  const height = Math.max(1, Math.min(entries.length, ENTRY_ROWS_SHOWN)) * ROW_HEIGHT;
  return (
    <VirtualTable<DossierEntry>
      label="履职记录"
      columns={ENTRY_COLUMNS}
      rows={entries}
      height={height}
      emptyText="还没有履职活动或捐赠记录。"
      rowProps={ENTRY_ROW_PROPS}
    />
  );
}

function ExportButtons(props: {
  member: Member;
  year: number;
  entries: DossierEntry[];
  summary: ReturnType<typeof computeMemberYear>;
}) {
  const { settings } = useHost();
  const rules = usePointsRules();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState<'narrative' | 'table' | null>(null);

  const exportDocx = async (variant: 'narrative' | 'table') => {
    setBusy(variant);
    try {
      // The .docx writer loads when the 档案 is saved, not with the page.
      const { buildDossierDocx } = await import('./buildDossierDocx');
      const base64 = await buildDossierDocx(
        {
          committeeName: settings?.committeeName ?? '',
          member: props.member,
          year: props.year,
          summary: props.summary,
          rules,
          entries: props.entries,
          dated: todayChinese(),
          filledBy: settings?.operatorName ?? '',
        },
        variant,
      );
      const path = await saveExport({
        defaultName: dossierFileName(props.member.name, props.year, variant),
        filterName: 'Word 文档',
        extension: 'docx',
        base64,
      });
      if (path) message.success(`已导出：${path}`);
    } catch (error) {
      message.error(`导出失败：${bridgeErrorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      <Button
        type="primary"
        icon={<FileWordOutlined />}
        loading={busy === 'narrative'}
        disabled={!settings}
        onClick={() => void exportDocx('narrative')}
      >
        导出年度履职档案
      </Button>
      <Button
        icon={<FileWordOutlined />}
        loading={busy === 'table'}
        disabled={!settings}
        onClick={() => void exportDocx('table')}
      >
        导出一页表
      </Button>
    </Space>
  );
}
