import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useHost } from '../../app/HostContext';
import { documentDate } from '../../domain/documents/documentDate';
import {
  thankYouLetterText,
  type ThankYouLetterInput,
} from '../../domain/documents/thankYouLetter';
import type { Donation } from '../../domain/records';
import { DocxExportModal } from './DocxExportModal';
import { thankYouLetterFileName } from './documentFileNames';
import { readLetterParties } from './donationDocumentData';
import { useDocxSave } from './useDocxSave';

/** The .docx writer loads when a letter is saved, not with the form. */
const buildDocx = async (input: ThankYouLetterInput) =>
  (await import('../../domain/documents/thankYouLetterDocx')).buildThankYouLetterDocx(input);

/** 生成感谢信: opens the letter's dialog for one saved donation. */
export function ThankYouLetterButton({ donation }: { donation: Donation }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FileWordOutlined />} onClick={() => setOpen(true)}>
        生成感谢信
      </Button>
      {open ? <ThankYouLetterDialog donation={donation} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * What the letter will say — to whom, the gift, the 落款 — and, for a donor marked 保密, that the
 * letter is private to them; 导出感谢信 asks where to save the .docx.
 */
function ThankYouLetterDialog({ donation, onClose }: { donation: Donation; onClose: () => void }) {
  const { settings } = useHost();
  const parties = useLiveQuery(() => readLetterParties(donation), [donation]);
  const { busy, save: saveDocx } = useDocxSave();
  const input: ThankYouLetterInput | undefined =
    parties && settings
      ? { unitName: settings.committeeName, dated: documentDate(), donation, ...parties }
      : undefined;
  const letter = input ? thankYouLetterText(input) : undefined;

  const save = async () => {
    if (!input) return;
    if (await saveDocx(thankYouLetterFileName(input.donors), () => buildDocx(input))) onClose();
  };

  return (
    <DocxExportModal
      title="生成感谢信"
      saveLabel="导出感谢信"
      busy={busy}
      ready={Boolean(letter)}
      onSave={() => void save()}
      onClose={onClose}
    >
      {letter ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {donation.confidential ? (
            <Alert
              type="warning"
              showIcon
              title="此笔捐赠的捐赠方要求保密"
              description="感谢信只致捐赠方本人，仍可生成；它不是公开材料，请勿张贴、转发或收入公开的文件。"
            />
          ) : null}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="致">
              {letter.salutation.replace(/^尊敬的|：$/g, '')}
            </Descriptions.Item>
            <Descriptions.Item label="落款">{letter.unitName}</Descriptions.Item>
            <Descriptions.Item label="成文日期">{letter.dated}</Descriptions.Item>
          </Descriptions>
          <section aria-label="感谢信正文">
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {letter.salutation}
            </Typography.Paragraph>
            {letter.paragraphs.map((text) => (
              <Typography.Paragraph key={text} style={{ textIndent: '2em', marginBottom: 4 }}>
                {text}
              </Typography.Paragraph>
            ))}
          </section>
          <Typography.Text type="secondary">
            按已保存的捐赠记录生成，依 GB/T 9704 排版（A4，仿宋三号）。单位名称可在“设置”中修改。
          </Typography.Text>
        </Space>
      ) : (
        <Spin />
      )}
    </DocxExportModal>
  );
}
