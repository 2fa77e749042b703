import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useHashRoute } from '../../app/useHashRoute';
import { PageHeading } from '../../shared/PageHeading';
import { RecordListPage } from '../records/RecordListPage';
import { CampaignDetail } from './CampaignDetail';
import { CampaignForm } from './CampaignForm';
import { readCampaignWithDonations } from './campaignQueries';

/**
 * 专项. `#/campaigns` lists them; `…/new` adds one; `…/id` marks one in the list (a search hit);
 * `…/id/view` is a 专项's page with its totals and `…/id/edit` its form over that page.
 */
export function CampaignsPage() {
  const { sub, navigate } = useHashRoute();
  const [target, mode] = sub;
  const opened = target && target !== 'new' && (mode === 'view' || mode === 'edit');
  const read = useLiveQuery(
    async () => (opened ? { target, ...(await readCampaignWithDonations(target)) } : null),
    [opened, target],
  );

  if (opened) {
    // Nothing until this 专项 is read (not the one read before, while the next one is read).
    if (!read || read.target !== target) return null;
    const { campaign, donations } = read;
    if (campaign === null) {
      return (
        <section aria-labelledby="page-title">
          <PageHeading>专项</PageHeading>
          <Empty description="找不到这个专项：它可能来自另一台电脑的链接，或从未保存。">
            <Button onClick={() => navigate('campaigns')}>返回专项列表</Button>
          </Empty>
        </section>
      );
    }
    return (
      <>
        <CampaignDetail campaign={campaign} donations={donations} />
        {mode === 'edit' ? (
          <CampaignForm
            key={target}
            campaignId={target}
            campaign={campaign}
            onClose={() => navigate('campaigns', target, 'view')}
          />
        ) : null}
      </>
    );
  }
  return (
    <>
      <RecordListPage
        kind="campaign"
        title="专项"
        selectedId={target === 'new' ? undefined : target}
        onOpen={(id) => navigate('campaigns', id, 'view')}
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
        <CampaignForm campaignId={null} campaign={null} onClose={() => navigate('campaigns')} />
      ) : null}
    </>
  );
}
