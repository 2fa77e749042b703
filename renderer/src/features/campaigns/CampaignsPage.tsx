import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useHashRoute } from '../../app/useHashRoute';
import { RecordListPage } from '../records/RecordListPage';
import { CAMPAIGN_FORM } from '../../app/partLoaders';
import { WhenLoaded } from '../../app/WhenLoaded';

const CampaignForm = CAMPAIGN_FORM.Component;

/**
 * 专项. `#/campaigns` lists them; `…/new` adds one; `…/id` marks one in the list (a search hit).
 * A 专项's own page, `…/id/view` (and its form, `…/id/edit`), is CampaignPage.
 */
export function CampaignsPage() {
  const { sub, navigate } = useHashRoute();
  const [target] = sub;
  return (
    <>
      <RecordListPage
        kind="campaign"
        title="专项"
        selectedId={target === 'new' ? undefined : target}
        formOpen={target === 'new'}
        onOpen={(id) => navigate('campaigns', id, 'view')}
        openLabel="查看"
        emptyText="还没有专项。如“三进三助”聚力行动、疫情防控等专项，将汇总其下的活动和捐赠。"
        actions={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('campaigns', 'new')}
          >
            新增专项
          </Button>
        }
      />
      {target === 'new' ? (
        <WhenLoaded code={CAMPAIGN_FORM}>
          <CampaignForm
            campaignId={null}
            campaign={null}
            onClose={(savedId) =>
              savedId ? navigate('campaigns', savedId) : navigate('campaigns')
            }
          />
        </WhenLoaded>
      ) : null}
    </>
  );
}
