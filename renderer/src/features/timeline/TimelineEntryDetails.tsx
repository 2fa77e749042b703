import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { TimelineEntry } from '../../db/timelineQueries';
import { formatMoney } from '../../domain/money';
import { formatDateRange, formatPartialDate } from '../../domain/partialDate';
import type { Activity, Donation } from '../../domain/records';
import { useRecordNames } from '../records/useRecordNames';
import { donationTitle } from '../../domain/recordSearchInput';
import { useMemberName } from './memberNames';

/** One labelled fact of an open entry; nothing when it has no value. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

const ATTENDANCE_NOTE = { 出席: '', 请假: '（请假）', 缺席: '（缺席）' } as const;

function ActivityFacts({ activity }: { activity: Activity }) {
  const memberIds = activity.participants.map((p) => p.memberId);
  const members = useRecordNames('member', memberIds);
  const campaign = useRecordNames('campaign', activity.campaignId ? [activity.campaignId] : []);
  const participants = activity.participants
    .map((p) => `${members?.get(p.memberId) ?? '…'}${ATTENDANCE_NOTE[p.attendance]}`)
    .join('、');
  return (
    <>
      <Fact label="日期">{formatDateRange(activity.startDate, activity.endDate)}</Fact>
      <Fact label="活动类型">{activity.type}</Fact>
      <Fact label="地点">{activity.place}</Fact>
      <Fact label="形式">{activity.form}</Fact>
      <Fact label="主办单位">{activity.organizer}</Fact>
      <Fact label="出席领导">{activity.leaders.join('、')}</Fact>
      <Fact label={`参加委员（${activity.participants.length}人）`}>{participants}</Fact>
      <Fact label="所属专项">
        {activity.campaignId ? (campaign?.get(activity.campaignId) ?? '…') : undefined}
      </Fact>
      <Fact label="活动概述">{activity.summary}</Fact>
      <Fact label="成果">
        {activity.outcomes.length > 0 ? (
          <ul className="timeline-outcomes">
            {activity.outcomes.map((o, i) => (
              <li key={i}>
                {o.indicator} {o.value} {o.unit ?? ''}
              </li>
            ))}
          </ul>
        ) : undefined}
      </Fact>
    </>
  );
}

function DonationFacts({ donation }: { donation: Donation }) {
  const memberIds = donation.donors.flatMap((d) => (d.type === '委员' ? [d.memberId] : []));
  const members = useRecordNames('member', memberIds);
  const campaign = useRecordNames('campaign', donation.campaignId ? [donation.campaignId] : []);
  const donors = donation.donors
    .map((d) => (d.type === '委员' ? (members?.get(d.memberId) ?? '…') : d.name))
    .join('、');
  const cny =
    donation.amount && donation.amount.currency !== 'CNY' && donation.cnyAmountMinor !== undefined
      ? `（折合人民币 ${formatMoney({ amountMinor: donation.cnyAmountMinor, currency: 'CNY' })}）`
      : '';
  return (
    <>
      <Fact label="捐赠日期">{formatPartialDate(donation.date)}</Fact>
      <Fact label="捐赠类型">{donation.kind}</Fact>
      <Fact label="捐赠方">{donation.confidential ? '（保密）' : donors}</Fact>
      <Fact label="金额">
        {donation.amount ? `${formatMoney(donation.amount)}${cny}` : undefined}
      </Fact>
      <Fact label="物资明细">
        {donation.items.length > 0
          ? donation.items
              .map((item) => `${item.name} ${item.quantity}${item.unit ?? ''}`)
              .join('、')
          : undefined}
      </Fact>
      <Fact label="受赠方">{donation.recipient}</Fact>
      <Fact label="用途">{donation.purpose}</Fact>
      <Fact label="所属专项">
        {donation.campaignId ? (campaign?.get(donation.campaignId) ?? '…') : undefined}
      </Fact>
      <Fact label="备注">{donation.note}</Fact>
    </>
  );
}

/** An entry opened in place: its dates, place, people, summary and results, and where to edit it. */
export function TimelineEntryDetails({ entry, id }: { entry: TimelineEntry; id: string }) {
  const memberName = useMemberName();
  const href =
    entry.kind === 'activity' ? `#/activities/${entry.id}/edit` : `#/donations/${entry.id}`;
  return (
    <div id={id} className="timeline-details">
      <dl>
        {entry.kind === 'activity' ? (
          <ActivityFacts activity={entry.record} />
        ) : (
          <DonationFacts donation={entry.record} />
        )}
      </dl>
      <Typography.Link href={href}>
        {entry.kind === 'activity' ? '编辑' : '在捐赠中查看'}
        <span className="visually-hidden">：{titleOf(entry, memberName)}</span>
      </Typography.Link>
    </div>
  );
}

/**
 * What an entry is called: an activity's 活动名称; a donation's donors and value, as elsewhere,
 * its members named where their names are known.
 */
export function titleOf(
  entry: TimelineEntry,
  memberName?: (id: string) => string | undefined,
): string {
  return entry.kind === 'activity' ? entry.record.title : donationTitle(entry.record, memberName);
}
