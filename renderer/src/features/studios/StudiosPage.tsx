import { EmptyPage } from '../../shared/EmptyPage';

export function StudiosPage() {
  return (
    <EmptyPage
      title="工作室"
      description="还没有委员工作室。“1+7+N”矩阵中的专委会、界别和委员特色工作室将列在这里。"
    />
  );
}
