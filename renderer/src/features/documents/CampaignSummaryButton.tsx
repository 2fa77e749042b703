import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useHost } from '../../app/HostContext';
import { campaignTotals } from '../../domain/campaigns/campaignTotals';
import {
  summaryRows,
  totalsParagraphs,
  type CampaignSummaryInput,
} from '../../domain/documents/campaignSummary';
import { documentDate } from '../../domain/documents/documentDate';
import type { Campaign } from '../../domain/records';
import { DocxExportModal } from './DocxExportModal';
import { campaignSummaryFileName } from './documentFileNames';
import { readNamedCampaignDonations } from './donationDocumentData';
import { useDocxSave } from './useDocxSave';

/** The .docx writer loads when a document is saved, not with the page. */
const buildDocx = async (input: CampaignSummaryInput) =>
  (await import('../../domain/documents/campaignSummaryDocx')).buildCampaignSummaryDocx(input);

/** 专项捐赠汇总: opens the export dialog of one 专项's donation summary. */
export function CampaignSummaryButton({ campaign }: { campaign: Campaign }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<FileWordOutlined />}
        disabled={Boolean(campaign.deletedAt)}
        onClick={() => setOpen(true)}
      >
        专项捐赠汇总
      </Button>
      {open ? <CampaignSummaryDialog campaign={campaign} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * The totals the summary will state and how many donations whose donors asked not to be named
 * it leaves out — or lists, marked, once 包含保密捐赠方 is ticked; 导出汇总 asks where to save.
 */
function CampaignSummaryDialog(props: { campaign: Campaign; onClose: () => void }) {
  const { campaign, onClose } = props;
  const { settings } = useHost();
  const donations = useLiveQuery(() => readNamedCampaignDonations(campaign.id), [campaign.id]);
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const { busy, save: saveDocx } = useDocxSave();
  const input: CampaignSummaryInput | undefined =
    donations && settings
      ? {
          unitName: settings.committeeName,
          dated: documentDate(),
          campaign,
          donations,
          includeConfidential,
        }
      : undefined;

  const save = async () => {
    if (!input) return;
    if (await saveDocx(campaignSummaryFileName(campaign.name), () => buildDocx(input))) onClose();
  };

  return (
    <DocxExportModal
      title={`专项捐赠汇总：${campaign.name}`}
      saveLabel="导出汇总"
      busy={busy}
      ready={Boolean(input)}
      onSave={() => void save()}
      onClose={onClose}
    >
      {input ? <SummaryPreview input={input} onInclude={setIncludeConfidential} /> : <Spin />}
    </DocxExportModal>
  );
}

function SummaryPreview(props: {
  input: CampaignSummaryInput;
  onInclude: (include: boolean) => void;
}) {
  const { input } = props;
  const confidential = input.donations.filter((d) => d.donation.confidential).length;
  const table = summaryRows(input);
  const totals = totalsParagraphs(campaignTotals(input.donations.map((d) => d.donation)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <section aria-label="汇总合计">
        {totals.map((line) => (
          <Typography.Paragraph key={line} style={{ marginBottom: 4 }}>
            {line}
          </Typography.Paragraph>
        ))}
      </section>
      <Typography.Text>{`明细表列出 ${table.rows.length} 笔捐赠（共 ${input.donations.length} 笔）。`}</Typography.Text>
      <Checkbox
        checked={input.includeConfidential}
        disabled={confidential === 0}
        onChange={(event) => props.onInclude(event.target.checked)}
      >
        包含保密捐赠方
      </Checkbox>
      {confidential === 0 ? (
        <Typography.Text type="secondary">此专项没有要求保密的捐赠方。</Typography.Text>
      ) : input.includeConfidential ? (
        <Alert
          type="warning"
          showIcon
          title={`将列出 ${table.confidentialListed} 笔保密捐赠的捐赠方`}
          description="明细表中标注“保密”；此文件仅供内部使用，请勿公开。"
        />
      ) : (
        <Alert
          type="info"
          showIcon
          title={`略去 ${table.leftOut} 笔保密捐赠的捐赠方`}
          description="这些捐赠不列入明细表，文件中注明略去的笔数，其金额计入合计。"
        />
      )}
    </Space>
  );
}
