import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useHashRoute } from '../../app/useHashRoute';
import { getStoredRecord } from '../../db/repositories/recordRepository';
import { RecordListPage } from '../records/RecordListPage';
import { SheetImportButton } from '../transfer/sheetImport/SheetImportButton';
import { DonationForm } from './DonationForm';
import { useDonationFilters } from './useDonationFilters';

export function DonationsPage() {
  const { sub, moveWithin } = useHashRoute();
  const filters = useDonationFilters();
  const [target, mode] = sub;
  // Live, tombstone included: the open form learns that its donation changed or was deleted.
  const editing = useLiveQuery(
    async () =>
      target && target !== 'new' ? ((await getStoredRecord('donation', target)) ?? null) : null,
    [target],
  );
  const formOpen = target === 'new' || (mode === 'edit' && editing);
  return (
    <>
      <RecordListPage
        kind="donation"
        title="捐赠"
        selectedId={target}
        onOpen={(id) => moveWithin(id, 'edit')}
        filters={filters}
        emptyText="还没有捐赠记录。资金捐赠（人民币、港币、澳门币等）和物资捐赠及其流转状态将列在这里。"
        actions={
          <>
            <SheetImportButton kind="donation" />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => moveWithin('new')}>
              新增捐赠
            </Button>
          </>
        }
      />
      {formOpen ? (
        <DonationForm
          key={target}
          donationId={target === 'new' ? null : (target ?? null)}
          donation={target === 'new' ? null : editing}
          onClose={() => moveWithin()}
        />
      ) : null}
    </>
  );
}
