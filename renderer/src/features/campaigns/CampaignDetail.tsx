import { donationCnyValue, donationValue } from '../../domain/donations/donationValue';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { HTMLAttributes } from 'react';
import { useHashRoute } from '../../app/useHashRoute';
import { campaignTotals } from '../../domain/campaigns/campaignTotals';
import { CURRENCIES, CURRENCY_CODES } from '../../domain/currencies';
import { formatMoney, formatWan } from '../../domain/money';
import { formatDateRange, formatPartialDate } from '../../domain/partialDate';
import type { Activity, Campaign, Donation } from '../../domain/records';
import { PageHeading } from '../../shared/PageHeading';
import { CampaignSummaryButton } from '../documents/CampaignSummaryButton';
import { useRecordNames } from '../records/useRecordNames';
import { ROW_HEIGHT, VirtualTable, type VirtualColumn } from '../records/VirtualTable';
import { readCampaignActivities } from './campaignQueries';

const cny = (amountMinor: number) => formatWan({ amountMinor, currency: 'CNY' });

// The lists' table, not antd's: a 专项's page opens without antd's table code (160 KB to fetch and
// run on a first opening), and a 专项 of hundreds of donations scrolls them with no pages to turn.
const ACTIVITY_COLUMNS: readonly VirtualColumn<Activity>[] = [
  {
    key: 'date',
    title: '日期',
    width: 200,
    render: (a) => formatDateRange(a.startDate, a.endDate),
  },
  { key: 'title', title: '活动名称', render: (a) => a.title },
  { key: 'type', title: '类型', width: 90, render: (a) => a.type },
];
const NONE: readonly Activity[] = [];
/** Rows shown at once before a table scrolls within its card. */
const ROWS_SHOWN = 12;
const heightFor = (rows: number) => Math.max(1, Math.min(rows, ROWS_SHOWN)) * ROW_HEIGHT;

/** A row opens its record by double click, as the lists' rows do, and by Enter. */
function opensOn(open: () => void): HTMLAttributes<HTMLDivElement> {
  return {
    tabIndex: 0,
    onDoubleClick: open,
    onKeyDown: (event) => {
      if (event.target === event.currentTarget && event.key === 'Enter') open();
    },
  };
}

/**
 * A 专项's page: what it is, what its donations add up to — cash per currency as given and in
 * CNY with the rates used, goods by value — and its activities and donations in date order.
 */
export function CampaignDetail({
  campaign,
  donations,
}: {
  campaign: Campaign;
  /** its live donations, oldest first, read with it */
  donations: Donation[];
}) {
  const { navigate } = useHashRoute();
  // Read once the page is drawn with the totals: they do not wait for the activities' larger rows.
  const activities = useLiveQuery(() => readCampaignActivities(campaign.id), [campaign.id]);
  const donorIds = donations.flatMap((d) =>
    d.donors.flatMap((donor) => (donor.type === '委员' ? [donor.memberId] : [])),
  );
  const names = useRecordNames('member', donorIds);
  const totals = campaignTotals(donations);
  const { start, end } = campaign.period;

  const donorsOf = (d: Donation) =>
    d.donors
      .map((donor) => (donor.type === '委员' ? (names?.get(donor.memberId) ?? '…') : donor.name))
      .join('、');
  const donationColumns: readonly VirtualColumn<Donation>[] = [
    { key: 'date', title: '日期', width: 140, render: (d) => formatPartialDate(d.date) },
    {
      key: 'donors',
      title: '捐赠方',
      // 保密 first: a long list of donors ends in “…”, and the mark must not go with it.
      render: (d) => (
        <span title={donorsOf(d)}>
          {d.confidential ? <Tag>保密</Tag> : null}
          {donorsOf(d)}
        </span>
      ),
    },
    { key: 'kind', title: '类型', width: 70, render: (d) => d.kind },
    {
      key: 'amount',
      title: '金额',
      width: 160,
      align: 'right',
      render: (d) => {
        const value = donationValue(d);
        return value ? formatMoney(value) : '—';
      },
    },
    {
      key: 'cny',
      title: '折合人民币',
      width: 160,
      align: 'right',
      render: (d) => {
        const cny = donationCnyValue(d);
        return cny ? formatMoney(cny) : '—';
      },
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <Space wrap>
          <PageHeading>{`专项：${campaign.name}`}</PageHeading>
          {campaign.sample ? (
            <Tag color="gold" title="示例数据，可在“设置”中一次移除">
              示例
            </Tag>
          ) : null}
        </Space>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('campaigns', campaign.id)}>
            返回专项列表
          </Button>
          <CampaignSummaryButton campaign={campaign} />
          <Button
            type="primary"
            icon={<EditOutlined />}
            disabled={Boolean(campaign.deletedAt)}
            onClick={() => navigate('campaigns', campaign.id, 'edit')}
          >
            编辑
          </Button>
        </Space>
      </div>
      {campaign.deletedAt ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="此专项已被删除"
          description="可用页首的“撤销”恢复它；恢复之前不能编辑。"
        />
      ) : null}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Descriptions bordered size="small" column={1} styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label="起止日期">
            {start ? formatDateRange(start, end) : end ? `至${formatPartialDate(end)}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="说明">{campaign.description || '—'}</Descriptions.Item>
        </Descriptions>
        <Card title="捐赠合计">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="资金">
              {totals.cash.count === 0
                ? '无'
                : `${totals.cash.count} 笔，折合人民币 ${cny(totals.cash.cnyMinor)}`}
            </Descriptions.Item>
            {totals.cash.count > 0 ? (
              <Descriptions.Item label="按原币种">
                {CURRENCY_CODES.filter((code) => totals.cash.byCurrency.has(code))
                  .map((code) =>
                    formatWan({
                      amountMinor: totals.cash.byCurrency.get(code) ?? 0,
                      currency: code,
                    }),
                  )
                  .join('；')}
              </Descriptions.Item>
            ) : null}
            {totals.cash.cnyByPurpose.size > 1 ? (
              <Descriptions.Item label="按用途">
                {[...totals.cash.cnyByPurpose]
                  .map(([purpose, fen]) => `${purpose} ${cny(fen)}`)
                  .join('；')}
              </Descriptions.Item>
            ) : null}
            {totals.cash.rates.length > 0 ? (
              <Descriptions.Item label="折算汇率">
                {`按各笔所记汇率：${totals.cash.rates
                  .map((r) => `${CURRENCIES[r.currency].name} ${r.rate}（${r.count} 笔）`)
                  .join('；')}`}
              </Descriptions.Item>
            ) : null}
            {totals.cash.unconverted > 0 ? (
              <Descriptions.Item label="未折算">
                {`${totals.cash.unconverted} 笔外币捐赠没有折合人民币，未计入折合合计`}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label="物资">
              {totals.goods.count === 0
                ? '无'
                : `${totals.goods.count} 批，估值 ${cny(totals.goods.cnyMinor)}` +
                  (totals.goods.unvalued > 0
                    ? `（另有 ${totals.goods.unvalued} 批未以人民币估值）`
                    : '')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={`履职活动（${activities?.length ?? 0}）`}>
          <VirtualTable<Activity>
            label="专项的履职活动"
            columns={ACTIVITY_COLUMNS}
            rows={activities ?? NONE}
            height={heightFor(activities?.length ?? 0)}
            emptyText={activities ? '还没有属于此专项的活动。' : '正在读取……'}
            rowProps={(a) => opensOn(() => navigate('activities', a.id))}
          />
        </Card>
        <Card title={`捐赠（${donations.length}）`}>
          <VirtualTable<Donation>
            label="专项的捐赠"
            columns={donationColumns}
            rows={donations}
            height={heightFor(donations.length)}
            emptyText="还没有属于此专项的捐赠。"
            rowProps={(d) => opensOn(() => navigate('donations', d.id, 'edit'))}
          />
        </Card>
      </Space>
    </section>
  );
}
