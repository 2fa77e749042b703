import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useHost } from '../../app/HostContext';
import { bridge, bridgeErrorMessage } from '../../bridge/bridge';
import { documentDate } from '../../domain/documents/documentDate';
import {
  yearNoticeHtml,
  yearReportHtml,
  type YearDocumentsInput,
} from '../../domain/documents/yearDocuments';
import { saveExport } from '../dossier/saveExport';
import { usePointsRules } from '../dossier/usePointsRules';
import { readYearDocumentsInput } from './yearDocumentsData';

// The .docx writer loads when a document is saved, not with the page.
const docxWriter = () => import('../../domain/documents/yearDocumentsDocx');

const DOCUMENTS = {
  report: {
    label: '年度工作报告材料',
    docx: async (input: YearDocumentsInput) => (await docxWriter()).buildYearReportDocx(input),
    html: yearReportHtml,
  },
  notice: {
    label: '年度履职情况通报',
    docx: async (input: YearDocumentsInput) => (await docxWriter()).buildYearNoticeDocx(input),
    html: yearNoticeHtml,
  },
} as const;

type DocumentKind = keyof typeof DOCUMENTS;
type Format = 'docx' | 'pdf';

/** Asks where to save the PDF, then has the host print the page there. */
async function savePdf(defaultName: string, html: string): Promise<string | null> {
  const path = await bridge().files.saveAs({
    title: '导出',
    defaultName,
    filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  });
  if (!path) return null;
  await bridge().print.toPdf({ html, path });
  return path;
}

/**
 * 年度文件: for a chosen year, the 年度工作报告材料 (大事记, activities, points, donations, studios)
 * and the 年度履职情况通报 (one row per member), each as a .docx, or as a PDF the host prints,
 * saved where the user chooses.
 */
export function YearDocumentsCard({ year }: { year: number }) {
  const { settings } = useHost();
  const rules = usePointsRules();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState<`${DocumentKind}.${Format}` | null>(null);

  const save = async (kind: DocumentKind, format: Format) => {
    if (!settings) return;
    setBusy(`${kind}.${format}`);
    try {
      const input = {
        ...(await readYearDocumentsInput(year, rules)),
        unitName: settings.committeeName,
        dated: documentDate(),
      };
      const name = `${year}年度${DOCUMENTS[kind].label.replace('年度', '')}`;
      const path =
        format === 'pdf'
          ? await savePdf(`${name}.pdf`, DOCUMENTS[kind].html(input))
          : await saveExport({
              defaultName: `${name}.docx`,
              filterName: 'Word 文档',
              extension: 'docx',
              base64: await DOCUMENTS[kind].docx(input),
            });
      if (path) message.success(`已导出：${path}`);
    } catch (error) {
      message.error(`导出失败：${bridgeErrorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={`${year}年度文件`}>
      <Space wrap>
        {(Object.keys(DOCUMENTS) as DocumentKind[]).flatMap((kind) =>
          (['docx', 'pdf'] as const).map((format) => (
            <Button
              key={`${kind}.${format}`}
              icon={format === 'pdf' ? <FilePdfOutlined /> : <FileWordOutlined />}
              loading={busy === `${kind}.${format}`}
              disabled={!settings || busy !== null}
              onClick={() => void save(kind, format)}
            >
              {`导出${DOCUMENTS[kind].label}${format === 'pdf' ? '（PDF）' : ''}`}
            </Button>
          )),
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        年份按页面上方所选；专项筛选不影响年度文件。
      </Typography.Paragraph>
    </Card>
  );
}
