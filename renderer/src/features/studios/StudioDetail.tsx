import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { hrefOf } from '../../app/routes';
import { useHashRoute } from '../../app/useHashRoute';
import { PageHeading } from '../../shared/PageHeading';
import { formatDateRange, formatPartialDate } from '../../domain/partialDate';
import type { Activity, Studio } from '../../domain/records';
import { DUTY_COUNTS, studioDutyTotals, type DutySum } from './studioDutyTotals';
import { studioMemberRows, type StudioMemberRow } from './studioMembers';
import { readMembers, readStudioActivities } from './studioQueries';
import './studios.css';

/** A studio's page: what it is (honours included), its 接待日 and 值班 with their totals, who is in it. */
export function StudioDetail({ studio }: { studio: Studio }) {
  const { navigate } = useHashRoute();
  const memberIds = [...studio.leaderIds, ...studio.memberIds];
  const members = useLiveQuery(() => readMembers(memberIds), [memberIds.join('\n')]);
  const activities = useLiveQuery(() => readStudioActivities(studio.id), [studio.id]);
  const rows = members ? studioMemberRows(studio, members) : undefined;
  const leaders = rows?.filter((row) => row.role === '负责委员').map((row) => row.name);

  return (
    <section aria-labelledby="page-title">
      <div className="studio-header">
        <Space wrap>
          <PageHeading>{studio.name}</PageHeading>
          <Tag color="red">{studio.type}工作室</Tag>
          {studio.sector ? <Tag>{studio.sector}</Tag> : null}
          {studio.sample ? (
            <Tag color="gold" title="示例数据，可在“设置”中一次移除">
              示例
            </Tag>
          ) : null}
        </Space>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('studios', studio.id)}>
            返回工作室列表
          </Button>
          <Button
            type="primary"
            icon={<EditOutlined />}
            disabled={Boolean(studio.deletedAt)}
            onClick={() => navigate('studios', studio.id, 'edit')}
          >
            编辑
          </Button>
        </Space>
      </div>
      {studio.deletedAt ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="此工作室已被删除"
          description="可用页首的“撤销”恢复它；恢复之前不能编辑。"
        />
      ) : null}
      <Descriptions
        bordered
        size="small"
        column={2}
        styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'type', label: '类型', children: studio.type },
          { key: 'sector', label: '界别', children: studio.sector || '—' },
          {
            key: 'founded',
            label: '成立日期',
            children: studio.foundedDate ? formatPartialDate(studio.foundedDate) : '—',
          },
          { key: 'cloud', label: '入驻政协云', children: studio.onCloud ? '是' : '否' },
          {
            key: 'leaders',
            label: '负责委员',
            span: 2,
            children: leaders && leaders.length > 0 ? leaders.join('、') : '—',
          },
          {
            key: 'honors',
            label: '荣誉',
            span: 2,
            children:
              studio.honors.length === 0 ? (
                '—'
              ) : (
                <ul className="studio-honors" aria-label="荣誉">
                  {studio.honors.map((honor) => (
                    <li key={honor}>
                      <Tag color="gold">{honor}</Tag>
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            key: 'intro',
            label: '简介',
            span: 2,
            children: studio.intro || '—',
          },
        ]}
      />

      <StudioDuty activities={activities} />
      <StudioMembers rows={rows} />
    </section>
  );
}

/** A studio of the whole 港澳 membership has dozens: the rest are a page away. */
const MEMBERS_PAGE = 20;

function StudioMembers({ rows }: { rows: StudioMemberRow[] | undefined }) {
  return (
    <section className="studio-section" aria-labelledby="studio-members">
      <h2 id="studio-members" className="studio-section-title">
        委员{rows ? `（${rows.length} 人）` : ''}
      </h2>
      <Table<StudioMemberRow>
        rowKey="id"
        size="small"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={
          rows && rows.length > MEMBERS_PAGE
            ? { pageSize: MEMBERS_PAGE, showSizeChanger: false, showTotal: (n) => `共 ${n} 人` }
            : false
        }
        locale={{ emptyText: '还没有负责委员或入驻委员。点“编辑”选择委员。' }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            width: 180,
            render: (name: string, row) =>
              row.missing ? (
                <Typography.Text type="secondary">{name}</Typography.Text>
              ) : (
                <a href={hrefOf('members', row.id)}>{name}</a>
              ),
          },
          {
            title: '身份',
            dataIndex: 'role',
            width: 110,
            render: (role: StudioMemberRow['role']) =>
              role === '负责委员' ? <Tag color="red">负责委员</Tag> : '入驻委员',
          },
          { title: '类别', dataIndex: 'category', width: 110 },
          { title: '界别', dataIndex: 'sector', width: 110 },
          { title: '所在地', dataIndex: 'location' },
        ]}
      />
    </section>
  );
}

function StudioDuty({ activities }: { activities: Activity[] | undefined }) {
  const totals = activities ? studioDutyTotals(activities) : undefined;
  return (
    <section className="studio-section" aria-labelledby="studio-duty">
      <h2 id="studio-duty" className="studio-section-title">
        接待日与值班
      </h2>
      {totals ? (
        <dl className="studio-totals" aria-label="接待日与值班合计">
          <div>
            <dt>接待日</dt>
            <dd>{totals.receptions} 场</dd>
          </div>
          <div>
            <dt>值班</dt>
            <dd>{totals.duties} 次</dd>
          </div>
          {DUTY_COUNTS.map(({ key, label }) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>
                <DutyTotal sum={totals.counts[key]} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {activities && activities.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="还没有本工作室的接待日或值班活动。在履职活动中记下类型为“接待”或“值班”的活动并选择本工作室，就会列在这里。"
        />
      ) : (
        <Table<Activity>
          rowKey="id"
          size="small"
          loading={activities === undefined}
          dataSource={activities ?? []}
          pagination={false}
          columns={[
            {
              title: '日期',
              key: 'date',
              width: 170,
              render: (_: unknown, a) => formatDateRange(a.startDate, a.endDate),
            },
            { title: '活动名称', dataIndex: 'title', ellipsis: true },
            { title: '活动类型', dataIndex: 'type', width: 90 },
            ...DUTY_COUNTS.map(({ key, label }) => ({
              title: label,
              key,
              width: 100,
              align: 'right' as const,
              render: (_: unknown, a: Activity) => a.duty?.[key]?.toLocaleString('zh-CN') ?? '—',
            })),
          ]}
        />
      )}
    </section>
  );
}

/** A sum, and when some activities left the number blank, how many. */
function DutyTotal({ sum }: { sum: DutySum }) {
  return (
    <>
      {sum.total.toLocaleString('zh-CN')}
      {sum.unrecorded > 0 ? (
        <span className="studio-total-note">其中 {sum.unrecorded} 项未填</span>
      ) : null}
    </>
  );
}
