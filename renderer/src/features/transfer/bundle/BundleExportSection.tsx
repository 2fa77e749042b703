import { AutoComplete, Button, Card, Checkbox, Form, Input, Progress, Radio, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useHost } from '../../../app/HostContext';
import { bridge, bridgeErrorMessage } from '../../../bridge/bridge';
import { readHandovers, rememberHandover } from '../../../db/handoverMemory';
import { currentOperator } from '../../../db/operatorContext';
import { campaignChoices } from '../../../db/transferQueries';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '../../../domain/records';
import { BundleError } from '../../../domain/transfer/bundleError';
import type { BundleManifest } from '../../../domain/transfer/bundleFormat';
import { storedPointsRules } from '../../../domain/transfer/bundleRules';
import { describeSelection, type ExportSelection } from '../../../domain/transfer/exportSelection';
import type { BundleProgress } from '../../../domain/transfer/writeBundle';
import { readAttachmentBytes } from '../../attachments/attachmentClient';
import { askForOperator } from '../../operator/operatorGate';
import { bundleClient, type BundleJob } from './bundleClient';
import { openHostFile } from './hostFileWriter';
import { OutcomeAlert, type Outcome } from '../../../shared/OutcomeAlert';
import { progressPercent } from './progressPercent';
import './bundleSections.css';

type Scope = ExportSelection['type'];

interface Values {
  scope: Scope;
  from?: string;
  to?: string;
  campaignId?: string;
  colleague?: string;
  withAttachments: boolean;
  passphrase?: string;
  passphraseAgain?: string;
}

/** 导出交接包: the whole database or a selection, to a file the user chooses. */
export function BundleExportSection() {
  const { info, settings } = useHost();
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form) ?? 'all';
  const colleague = Form.useWatch('colleague', form) ?? '';
  const campaigns = useLiveQuery(campaignChoices, []);
  const handovers = useLiveQuery(() => readHandovers(), []);
  const [progress, setProgress] = useState<BundleProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const job = useRef<BundleJob<BundleManifest> | null>(null);

  const lastHandover = handovers?.[colleague.trim()];

  const selectionOf = (values: Values): ExportSelection => {
    switch (values.scope) {
      case 'dates':
        return { type: 'dates', from: values.from ?? '', to: values.to ?? '' };
      case 'campaign': {
        const id = values.campaignId ?? '';
        const name = campaigns?.find((campaign) => campaign.id === id)?.name ?? '';
        return { type: 'campaign', campaignId: id, campaignName: name };
      }
      case 'since': {
        const name = (values.colleague ?? '').trim();
        return { type: 'since', colleague: name, since: handovers?.[name] ?? null };
      }
      default:
        return { type: 'all' };
    }
  };

  const run = async (values: Values) => {
    setOutcome(null);
    if (!(await askForOperator())) return;
    const selection = selectionOf(values);
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    let path: string | null;
    try {
      path = await bridge().files.saveAs({
        title: '保存交接包',
        defaultName: `交接包-${day}.dlbundle`,
        filters: [{ name: '交接包', extensions: ['dlbundle'] }],
      });
    } catch (error) {
      setOutcome({ tone: 'error', text: bridgeErrorMessage(error) });
      return;
    }
    if (!path) return;
    const startedAt = new Date().toISOString();
    let file: Awaited<ReturnType<typeof openHostFile>>;
    try {
      file = await openHostFile(path);
    } catch (error) {
      setOutcome({ tone: 'error', text: bridgeErrorMessage(error) });
      return;
    }
    setProgress({ entriesDone: 0, entriesTotal: 1, rowsDone: 0, rowsTotal: 0 });
    const started = bundleClient().exportBundle(
      {
        appVersion: info?.appVersion ?? '',
        operator: currentOperator(),
        selection: describeSelection(selection),
        filter: selection,
        withAttachments: values.withAttachments,
        pointsRules: storedPointsRules(settings?.pointsRules),
        ...(values.passphrase ? { passphrase: values.passphrase } : {}),
      },
      {
        sink: (bytes) => file.write(bytes),
        readAttachment: readAttachmentBytes,
        onProgress: setProgress,
      },
    );
    job.current = started;
    try {
      const manifest = await started.done;
      await file.commit();
      if (selection.type === 'since') await rememberHandover(selection.colleague, startedAt);
      setOutcome({ tone: 'success', text: `已导出交接包：${path}（${countsText(manifest)}）` });
    } catch (error) {
      await file.discard().catch(() => undefined);
      if (error instanceof BundleError && error.code === 'cancelled') {
        setOutcome({ tone: 'info', text: '已取消导出，没有保存文件' });
      } else {
        const text = error instanceof BundleError ? error.message : bridgeErrorMessage(error);
        setOutcome({ tone: 'error', text: `导出失败，没有保存文件：${text}` });
      }
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <Card title={<h2 className="transfer-section-title">导出交接包</h2>}>
      <Form<Values>
        name="bundleExport"
        form={form}
        layout="vertical"
        initialValues={{ scope: 'all', withAttachments: true }}
        onFinish={(values) => void run(values)}
        disabled={busy}
        style={{ maxWidth: 560 }}
      >
        <Form.Item name="scope" label="导出范围">
          <Radio.Group
            options={[
              { value: 'all', label: '全部记录' },
              { value: 'dates', label: '按日期' },
              { value: 'campaign', label: '按专项' },
              { value: 'since', label: '上次交接以来的变更' },
            ]}
          />
        </Form.Item>
        {scope === 'dates' ? (
          <>
            <Form.Item
              name="from"
              label="起始日期"
              rules={[{ required: true, message: '请填写起始日期' }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item
              name="to"
              label="截止日期"
              dependencies={['from']}
              rules={[
                { required: true, message: '请填写截止日期' },
                ({ getFieldValue }) => ({
                  validator: (_rule, value: string | undefined) =>
                    value && value < String(getFieldValue('from') ?? '')
                      ? Promise.reject(new Error('截止日期不能早于起始日期'))
                      : Promise.resolve(),
                }),
              ]}
              extra="活动按开始日期、捐赠按捐赠日期选取；委员、专项和工作室全部带上，以便引用完整。"
            >
              <Input type="date" />
            </Form.Item>
          </>
        ) : null}
        {scope === 'campaign' ? (
          <Form.Item
            name="campaignId"
            label="专项"
            rules={[{ required: true, message: '请选择专项' }]}
            extra="带上该专项的活动和捐赠，以及全部委员、专项和工作室。"
          >
            <Select
              options={(campaigns ?? []).map((campaign) => ({
                value: campaign.id,
                label: campaign.name,
              }))}
              notFoundContent="还没有专项"
            />
          </Form.Item>
        ) : null}
        {scope === 'since' ? (
          <Form.Item
            name="colleague"
            label="交接给"
            rules={[{ required: true, whitespace: true, message: '请填写接收的同事' }]}
            extra={
              colleague.trim() === ''
                ? '填写接收交接包的同事；每位同事的上次交接时间会记住。'
                : lastHandover
                  ? `上次交接给${colleague.trim()}：${new Date(lastHandover).toLocaleString('zh-CN')}，本次只带此后修改或删除的记录。`
                  : `还没有交接给${colleague.trim()}过，本次带上全部记录。`
            }
          >
            <AutoComplete options={Object.keys(handovers ?? {}).map((name) => ({ value: name }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="withAttachments" valuePropName="checked">
          <Checkbox>包含附件（照片、扫描件）</Checkbox>
        </Form.Item>
        <Form.Item
          name="passphrase"
          label="口令（可不填）"
          extra="设置口令后，交接包加密保存，导入时须输入同一口令。"
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="passphraseAgain"
          label="再次输入口令"
          dependencies={['passphrase']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                (value ?? '') === String(getFieldValue('passphrase') ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的口令不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          导出交接包…
        </Button>
      </Form>
      {progress ? (
        <div className="transfer-progress" style={{ marginTop: 16, maxWidth: 560 }}>
          <Progress percent={progressPercent(progress)} aria-label="导出进度" />
          <Button onClick={() => job.current?.cancel()}>取消</Button>
        </div>
      ) : null}
      <OutcomeAlert outcome={outcome} />
    </Card>
  );
}

/** 委员 2 条、履职活动 1 条 … for the kinds the bundle holds. */
export function countsText(manifest: BundleManifest): string {
  const parts = RECORD_KINDS.filter((kind) => manifest.counts[kind] !== undefined).map(
    (kind) => `${RECORD_KIND_LABELS[kind]} ${manifest.counts[kind]} 条`,
  );
  const attachments = manifest.entries.filter((entry) => entry.name.startsWith('attachments/'));
  if (attachments.length > 0) parts.push(`附件 ${attachments.length} 个`);
  return parts.join('、');
}
