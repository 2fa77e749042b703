import { EmptyPage } from '../../shared/EmptyPage';

export function ActivitiesPage() {
  return (
    <EmptyPage
      title="履职活动"
      description="还没有履职活动。会议、调研、视察、读书、值班、提案等活动将按日期列在这里。"
    />
  );
}
