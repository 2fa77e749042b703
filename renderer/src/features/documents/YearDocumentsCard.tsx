import { FileWordOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useHost } from '../../app/HostContext';
import { bridgeErrorMessage } from '../../bridge/bridge';
import { documentDate } from '../../domain/documents/gbt9704';
import { buildYearNoticeDocx, buildYearReportDocx } from '../../domain/documents/yearDocuments';
import { saveExport } from '../dossier/saveExport';
import { usePointsRules } from '../dossier/usePointsRules';
import { readReportYears, readYearDocumentsInput } from './yearDocumentsData';

const DOCUMENTS = {
  report: { label: '年度工作报告材料', build: buildYearReportDocx },
  notice: { label: '年度履职情况通报', build: buildYearNoticeDocx },
} as const;

type DocumentKind = keyof typeof DOCUMENTS;

/**
 * 年度文件: for a chosen year, the 年度工作报告材料 (大事记, activities, points, donations, studios)
 * and the 年度履职情况通报 (one row per member), each as a .docx saved where the user chooses.
 */
export function YearDocumentsCard() {
  const { settings } = useHost();
  const rules = usePointsRules();
  const { message } = AntApp.useApp();
  const years = useLiveQuery(readReportYears, []);
  const [chosen, setChosen] = useState<number | null>(null);
  const [busy, setBusy] = useState<DocumentKind | null>(null);
  const year = chosen !== null && years?.includes(chosen) ? chosen : years?.[0];

  const save = async (kind: DocumentKind) => {
    if (year === undefined || !settings) return;
    setBusy(kind);
    try {
      const input = await readYearDocumentsInput(year, rules);
      const base64 = await DOCUMENTS[kind].build({
        ...input,
        unitName: settings.committeeName,
        dated: documentDate(),
      });
      const path = await saveExport({
        defaultName: `${year}年度${DOCUMENTS[kind].label.replace('年度', '')}.docx`,
        filterName: 'Word 文档',
        extension: 'docx',
        base64,
      });
      if (path) message.success(`已导出：${path}`);
    } catch (error) {
      message.error(`导出失败：${bridgeErrorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="年度文件">
      {years && years.length === 0 ? (
        <Typography.Text type="secondary">
          还没有履职活动或捐赠记录；登记之后，年度工作报告材料和年度履职情况通报将在这里导出。
        </Typography.Text>
      ) : (
        <Space wrap>
          <Select<number>
            aria-label="年度"
            style={{ width: 120 }}
            value={year}
            loading={!years}
            onChange={setChosen}
            options={(years ?? []).map((y) => ({ value: y, label: `${y}年` }))}
          />
          {(Object.keys(DOCUMENTS) as DocumentKind[]).map((kind) => (
            <Button
              key={kind}
              icon={<FileWordOutlined />}
              loading={busy === kind}
              disabled={year === undefined || !settings || busy !== null}
              onClick={() => void save(kind)}
            >
              {`导出${DOCUMENTS[kind].label}`}
            </Button>
          ))}
        </Space>
      )}
    </Card>
  );
}
