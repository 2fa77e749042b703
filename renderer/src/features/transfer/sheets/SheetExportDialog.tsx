import { Alert, Button, Checkbox, Modal, Progress, Radio, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useHost } from '../../../app/HostContext';
import { bridge, bridgeErrorMessage } from '../../../bridge/bridge';
import type { ListQuery } from '../../../db/recordPages';
import { todayChinese } from '../../dossier/todayChinese';
import { writeHostFile } from '../bundle/hostFileWriter';
import type { MoneyUnit } from './ledgerSheet';
import { SheetExportCancelled, sheetClient, type SheetJob } from './sheetClient';
import { dialogTitle, holds, resultText, SHEET_TEXT } from './sheetExportText';
import type { SheetProgress } from './sheetProtocol';

interface Props {
  /** What is exported: one list with its filters, or every kind (the whole set). */
  lists: ListQuery[];
  format: 'xlsx' | 'csv';
  /** Named in the title (“捐赠”列表, 全部记录) and in the suggested file name. */
  scope: string;
  fileStem: string;
  onClose: () => void;
}

type Phase =
  | { step: 'choose'; error?: string }
  | { step: 'running'; progress: SheetProgress | null }
  | { step: 'done'; text: string }
  | { step: 'cancelled' };

/**
 * The export dialog: what to include (full phone and e-mail, 保密 donations, 元 or 万元), then
 * where to save, a progress bar with 取消 while the worker writes, and what was written.
 */
export function SheetExportDialog({ lists, format, scope, fileStem, onClose }: Props) {
  const { settings } = useHost();
  const [showPersonal, setShowPersonal] = useState(false);
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [moneyUnit, setMoneyUnit] = useState<MoneyUnit>('元');
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const job = useRef<SheetJob | null>(null);
  const has = holds(lists.map((list) => list.kind));
  // Closing the dialog mid-export stops the worker's job.
  useEffect(() => () => job.current?.cancel(), []);

  const start = async () => {
    const extension = format === 'xlsx' ? 'xlsx' : 'csv';
    let path: string | null;
    try {
      path = await bridge().files.saveAs({
        title: SHEET_TEXT.saveTitle,
        defaultName: `${fileStem}-${todayChinese()}.${extension}`,
        filters: [
          format === 'xlsx'
            ? { name: 'Excel 工作簿', extensions: ['xlsx'] }
            : { name: 'CSV（逗号分隔）', extensions: ['csv'] },
        ],
      });
    } catch (error) {
      setPhase({ step: 'choose', error: bridgeErrorMessage(error) });
      return;
    }
    if (!path) return;
    setPhase({ step: 'running', progress: null });
    const running = sheetClient().exportSheets(
      {
        format,
        lists,
        unitName: settings?.committeeName ?? '',
        operator: settings?.operatorName ?? '',
        date: todayChinese(),
        moneyUnit,
        showPersonal,
        includeConfidential,
      },
      (progress) => setPhase({ step: 'running', progress }),
    );
    job.current = running;
    try {
      const result = await running.done;
      await writeHostFile(path, result.bytes);
      setPhase({ step: 'done', text: resultText(result, path) });
    } catch (error) {
      if (error instanceof SheetExportCancelled) setPhase({ step: 'cancelled' });
      else
        setPhase({ step: 'choose', error: `${SHEET_TEXT.failed}：${bridgeErrorMessage(error)}` });
    } finally {
      job.current = null;
    }
  };

  const running = phase.step === 'running';
  const footer =
    phase.step === 'choose'
      ? [
          <Button key="cancel" onClick={onClose}>
            {SHEET_TEXT.cancel}
          </Button>,
          <Button key="start" type="primary" onClick={() => void start()}>
            {SHEET_TEXT.start}
          </Button>,
        ]
      : running
        ? [
            <Button key="stop" danger onClick={() => job.current?.cancel()}>
              {SHEET_TEXT.cancel}
            </Button>,
          ]
        : [
            <Button key="close" type="primary" onClick={onClose}>
              {SHEET_TEXT.close}
            </Button>,
          ];
  const percent =
    phase.step === 'running' && phase.progress && phase.progress.total > 0
      ? Math.floor((phase.progress.written / phase.progress.total) * 100)
      : 0;
  return (
    <Modal
      open
      title={dialogTitle(scope, format)}
      footer={footer}
      onCancel={running ? () => job.current?.cancel() : onClose}
      maskClosable={false}
      closable={!running}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {has.personal ? (
          <Checkbox
            checked={showPersonal}
            disabled={phase.step !== 'choose'}
            onChange={(event) => setShowPersonal(event.target.checked)}
          >
            {SHEET_TEXT.showPersonal}
          </Checkbox>
        ) : null}
        {has.donations ? (
          <>
            <Checkbox
              checked={includeConfidential}
              disabled={phase.step !== 'choose'}
              onChange={(event) => setIncludeConfidential(event.target.checked)}
            >
              {SHEET_TEXT.includeConfidential}
            </Checkbox>
            <Typography.Text type="secondary">
              {includeConfidential
                ? '保密捐赠将列入，并在表下注明，请勿对外公布。'
                : '捐赠方要求保密的捐赠不列入，合计亦不含；导出后会说明未列入几笔。'}
            </Typography.Text>
            <Space>
              <span id="sheet-money-unit">{SHEET_TEXT.moneyUnit}</span>
              <Radio.Group
                aria-labelledby="sheet-money-unit"
                value={moneyUnit}
                disabled={phase.step !== 'choose'}
                onChange={(event) => setMoneyUnit(event.target.value as MoneyUnit)}
                options={[
                  { value: '元', label: '元' },
                  { value: '万元', label: '万元' },
                ]}
              />
            </Space>
          </>
        ) : null}
        {!has.personal && !has.donations ? (
          <Typography.Text>按当前列表的筛选和顺序导出。</Typography.Text>
        ) : null}
        {phase.step === 'running' ? (
          <div>
            <Progress percent={percent} aria-label="导出进度" />
            <Typography.Text type="secondary" role="status">
              {phase.progress
                ? `已处理 ${phase.progress.written} / ${phase.progress.total} 条`
                : '正在准备……'}
            </Typography.Text>
          </div>
        ) : null}
        {phase.step === 'done' ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={<span style={{ whiteSpace: 'pre-line' }}>{phase.text}</span>}
          />
        ) : null}
        {phase.step === 'cancelled' ? (
          <Alert type="info" showIcon role="status" title={SHEET_TEXT.cancelled} />
        ) : null}
        {phase.step === 'choose' && phase.error ? (
          <Alert type="error" showIcon role="alert" title={phase.error} />
        ) : null}
      </Space>
    </Modal>
  );
}
