import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useHashRoute } from '../../app/useHashRoute';
import { getStoredRecord } from '../../db/repositories/recordRepository';
import { RecordListPage } from '../records/RecordListPage';
import { ActivityBulkEdit } from './ActivityBulkEdit';
import { ActivityForm } from './ActivityForm';
import { useActivityFilters } from './useActivityFilters';

export function ActivitiesPage() {
  const { sub, moveWithin } = useHashRoute();
  const filters = useActivityFilters();
  const [target, mode] = sub;
  // Live, tombstone included: the open form learns that its activity changed or was deleted.
  const editing = useLiveQuery(
    async () =>
      target && target !== 'new' ? ((await getStoredRecord('activity', target)) ?? null) : null,
    [target],
  );
  const formOpen = target === 'new' || (mode === 'edit' && editing);
  return (
    <>
      <RecordListPage
        kind="activity"
        title="履职活动"
        selectedId={target}
        onOpen={(id) => moveWithin(id, 'edit')}
        filters={filters}
        bulkActions={(selection) => <ActivityBulkEdit selection={selection} />}
        emptyText="还没有履职活动。会议、调研、视察、读书、值班、提案等活动将按日期列在这里。"
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => moveWithin('new')}>
            新增活动
          </Button>
        }
      />
      {formOpen ? (
        <ActivityForm
          key={target}
          activityId={target === 'new' ? null : (target ?? null)}
          activity={target === 'new' ? null : editing}
          onClose={() => moveWithin()}
        />
      ) : null}
    </>
  );
}
