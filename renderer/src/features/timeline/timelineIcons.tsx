import {
  BulbOutlined,
  CommentOutlined,
  CompassOutlined,
  CustomerServiceOutlined,
  EllipsisOutlined,
  EyeOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  GiftOutlined,
  HeartOutlined,
  MessageOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SoundOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { ActivityType, DonationKind } from '../../domain/records/enums';

type Icon = ComponentType<{ 'aria-hidden'?: boolean; className?: string }>;

const ACTIVITY_ICONS: Record<ActivityType, Icon> = {
  会议: TeamOutlined,
  调研: FileSearchOutlined,
  视察: EyeOutlined,
  考察: CompassOutlined,
  协商: CommentOutlined,
  读书: ReadOutlined,
  值班: ScheduleOutlined,
  接待: CustomerServiceOutlined,
  提案: FileTextOutlined,
  建议: BulbOutlined,
  社情民意: SoundOutlined,
  论坛: MessageOutlined,
  宣讲: NotificationOutlined,
  帮扶: HeartOutlined,
  其他: EllipsisOutlined,
};

const DONATION_ICONS: Record<DonationKind, Icon> = {
  资金: MoneyCollectOutlined,
  物资: GiftOutlined,
};

/** The icon of an activity type or a donation kind; the text beside it names the type. */
export function TimelineTypeIcon(
  props: { kind: 'activity'; type: ActivityType } | { kind: 'donation'; type: DonationKind },
) {
  const Shown = props.kind === 'activity' ? ACTIVITY_ICONS[props.type] : DONATION_ICONS[props.type];
  return <Shown aria-hidden className={`timeline-icon timeline-icon-${props.kind}`} />;
}
