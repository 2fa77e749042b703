import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useHashRoute } from '../../app/useHashRoute';
import { PhotoDropTarget } from '../attachments/PhotoDropTarget';
import { readTripPhotos, type TripPhotos } from '../attachments/readTripPhotos';
import { useStoredRecord } from '../records/useStoredRecord';
import { RecordListPage } from '../records/RecordListPage';
import { ActivityBulkEdit } from './ActivityBulkEdit';
import { ACTIVITY_FILTERS } from './activityFilters';
import { SheetImportButton } from '../transfer/sheetImport/SheetImportButton';
import { ACTIVITY_FORM } from '../../app/partLoaders';
import { WhenLoaded } from '../../app/WhenLoaded';

const ActivityForm = ACTIVITY_FORM.Component;

export function ActivitiesPage() {
  const { sub, moveWithin } = useHashRoute();
  const [target, mode] = sub;
  // Live, tombstone included: the open form learns that its activity changed or was deleted.
  const editing = useStoredRecord('activity', target === 'new' ? null : target);
  const formOpen = target === 'new' || (mode === 'edit' && editing);
  // A field trip's photos dropped on 新增活动, and how many drops there were: each opens afresh.
  const [trip, setTrip] = useState<{ photos: TripPhotos; seq: number } | null>(null);
  const [readingPhotos, setReadingPhotos] = useState(false);
  const takePhotos = (files: File[]) => {
    setReadingPhotos(true);
    void readTripPhotos(files)
      .then((photos) => {
        setTrip((last) => ({ photos, seq: (last?.seq ?? 0) + 1 }));
        moveWithin('new');
      })
      .finally(() => setReadingPhotos(false));
  };
  return (
    <>
      <RecordListPage
        kind="activity"
        title="履职活动"
        selectedId={target}
        formOpen={!!formOpen}
        onOpen={(id) => moveWithin(id, 'edit')}
        filters={ACTIVITY_FILTERS}
        bulkActions={(selection) => <ActivityBulkEdit selection={selection} />}
        emptyText="还没有履职活动。会议、调研、视察、读书、值班、提案等活动将按日期列在这里。"
        actions={
          <>
            <SheetImportButton kind="activity" />
            <PhotoDropTarget
              hint="也可把一次调研的照片或整个照片文件夹拖到这里：按拍摄日期填写起止日期，照片作为附件"
              onFiles={takePhotos}
            >
              <Button
                type="primary"
                icon={<PlusOutlined />}
                loading={readingPhotos}
                onClick={() => {
                  setTrip(null);
                  moveWithin('new');
                }}
              >
                新增活动
              </Button>
            </PhotoDropTarget>
          </>
        }
      />
      {formOpen ? (
        <WhenLoaded code={ACTIVITY_FORM}>
          <ActivityForm
            key={target === 'new' && trip ? `new-${trip.seq}` : target}
            activityId={target === 'new' ? null : (target ?? null)}
            activity={target === 'new' ? null : editing}
            trip={target === 'new' ? trip?.photos : null}
            onClose={(savedId) => {
              setTrip(null);
              if (savedId) moveWithin(savedId);
              else moveWithin();
            }}
          />
        </WhenLoaded>
      ) : null}
    </>
  );
}
