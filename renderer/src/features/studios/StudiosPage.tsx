import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useHashRoute } from '../../app/useHashRoute';
import { listRecords } from '../../db/queries';
import { PageHeading } from '../../shared/PageHeading';
import { RecordListPage } from '../records/RecordListPage';
import { useStoredRecord } from '../records/useStoredRecord';
import { StudioDetail } from './StudioDetail';
import { StudioMatrix } from './StudioMatrix';
import { STUDIO_FORM } from '../../app/partLoaders';
import { WhenLoaded } from '../../app/WhenLoaded';

const StudioForm = STUDIO_FORM.Component;

/**
 * 工作室. `#/studios` lists them above the “1+7+N” matrix; `…/new` adds one; `…/id` marks one in
 * the list (a search hit); `…/id/view` is a studio's page and `…/id/edit` its form over that page.
 */
export function StudiosPage() {
  const { sub, navigate } = useHashRoute();
  const [target, mode] = sub;
  const opened = target && target !== 'new' && (mode === 'view' || mode === 'edit');
  // Live, tombstone included: the page and the open form learn that the studio changed or went.
  const studio = useStoredRecord('studio', opened ? target : null);

  if (opened) {
    if (studio === undefined) return null;
    if (studio === null) return <StudioNotFound onBack={() => navigate('studios')} />;
    return (
      <>
        <StudioDetail studio={studio} />
        {mode === 'edit' ? (
          <WhenLoaded code={STUDIO_FORM}>
            <StudioForm
              key={target}
              studioId={target}
              studio={studio}
              onClose={() => navigate('studios', target, 'view')}
            />
          </WhenLoaded>
        ) : null}
      </>
    );
  }
  return (
    <>
      <RecordListPage
        kind="studio"
        title="工作室"
        selectedId={target === 'new' ? undefined : target}
        formOpen={target === 'new'}
        onOpen={(id) => navigate('studios', id, 'view')}
        openLabel="查看"
        emptyText="还没有委员工作室。“1+7+N”矩阵中的专委会、界别和委员特色工作室将列在这里。"
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('studios', 'new')}>
            新增工作室
          </Button>
        }
      />
      <StudiosMatrixSection />
      {target === 'new' ? (
        <WhenLoaded code={STUDIO_FORM}>
          <StudioForm
            studioId={null}
            studio={null}
            onClose={(savedId) => (savedId ? navigate('studios', savedId) : navigate('studios'))}
          />
        </WhenLoaded>
      ) : null}
    </>
  );
}

/** The matrix under the list, once there is a studio to show in it. */
function StudiosMatrixSection() {
  const studios = useLiveQuery(() => listRecords('studio'), []);
  if (!studios || studios.length === 0) return null;
  return <StudioMatrix studios={studios} />;
}

function StudioNotFound({ onBack }: { onBack: () => void }) {
  return (
    <section aria-labelledby="page-title">
      <PageHeading>工作室</PageHeading>
      <Empty description="找不到这个工作室：它可能来自另一台电脑的链接，或从未保存。">
        <Button onClick={onBack}>返回工作室列表</Button>
      </Empty>
    </section>
  );
}
