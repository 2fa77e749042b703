import { EmptyPage } from '../../shared/EmptyPage';

export function DonationsPage() {
  return (
    <EmptyPage
      title="捐赠"
      description="还没有捐赠记录。资金捐赠（人民币、港币、澳门币等）和物资捐赠及其流转状态将列在这里。"
    />
  );
}
