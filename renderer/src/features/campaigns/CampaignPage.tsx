import { Button, Empty } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useHashRoute } from '../../app/useHashRoute';
import { PageHeading } from '../../shared/PageHeading';
import { CampaignDetail } from './CampaignDetail';
import { readCampaignWithDonations } from './campaignQueries';
import { CAMPAIGN_FORM } from '../../app/partLoaders';
import { WhenLoaded } from '../../app/WhenLoaded';

// The form's code comes when 编辑 is chosen (or warmed after start-up), not with the page: a
// 专项 opened from 总览 or a search loads what shows its totals, not the list's or the form's.
const CampaignForm = CAMPAIGN_FORM.Component;

/** A 专项's page (`#/campaigns/<id>/view`), with its form over it at `…/edit`. */
export function CampaignPage({ campaignId, editing }: { campaignId: string; editing: boolean }) {
  const { navigate } = useHashRoute();
  const read = useLiveQuery(() => readCampaignWithDonations(campaignId), [campaignId]);

  if (!read) return null;
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
      {editing ? (
        <WhenLoaded code={CAMPAIGN_FORM}>
          <CampaignForm
            key={campaignId}
            campaignId={campaignId}
            campaign={campaign}
            onClose={() => navigate('campaigns', campaignId, 'view')}
          />
        </WhenLoaded>
      ) : null}
    </>
  );
}
