import { EmptyPage } from '../../shared/EmptyPage';

export function MembersPage() {
  return (
    <EmptyPage
      title="委员"
      description="还没有委员。这里将列出全部委员，可按类别、界别、工作室筛选，并查看每位委员的履职档案。"
    />
  );
}
