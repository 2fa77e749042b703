import { Alert, Button, Card, Descriptions, Form, Input, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { bridge, bridgeErrorMessage } from '../../../bridge/bridge';
import { applyImport } from '../../../db/repositories/importRepository';
import { BundleError } from '../../../domain/transfer/bundleError';
import { importWrites, unresolved, type KindPlan } from '../../../domain/transfer/importPlan';
import type { Resolution } from '../../../domain/transfer/incomingVersion';
import type { BundleProgress } from '../../../domain/transfer/writeBundle';
import { askForOperator } from '../../operator/operatorGate';
import { bundleClient, type BundleJob, type OpenedBundle } from './bundleClient';
import { importSummaryOf, keepAttachments, previewBundle } from './bundleImport';
import { countsText } from './BundleExportSection';
import { readChosenFile } from './hostFileWriter';
import { ImportPreview } from './ImportPreview';
import { OutcomeAlert, type Outcome } from '../../../shared/OutcomeAlert';
import { progressPercent } from './progressPercent';
import './bundleSections.css';
import { takeBackup } from '../../backups/takeBackup';

type Stage =
  | { step: 'idle' }
  | { step: 'passphrase'; path: string; bytes: Uint8Array; wrong: string | null }
  | { step: 'checking'; progress: BundleProgress | null }
  | { step: 'preview'; path: string; opened: OpenedBundle; plans: KindPlan[] }
  | { step: 'importing' };

/**
 * 导入交接包: choose a file, give its passphrase when it has one; every check runs before
 * anything is shown; then a preview per record type, conflicts settled per record, and 导入 —
 * one transaction, one undoable step.
 */
export function BundleImportSection() {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [resolutions, setResolutions] = useState<Map<string, Resolution>>(new Map());
  const job = useRef<BundleJob<OpenedBundle> | null>(null);
  // The preview comes below the fold of 导入导出: it is brought into view, its heading focused,
  // or the click on 选择交接包… seems to have done nothing.
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const previewing = stage.step === 'preview';
  useEffect(() => {
    if (!previewing) return;
    previewHeading.current?.scrollIntoView({ block: 'start' });
    previewHeading.current?.focus({ preventScroll: true });
  }, [previewing]);

  const check = async (path: string, bytes: Uint8Array, passphrase?: string) => {
    setStage({ step: 'checking', progress: null });
    const started = bundleClient().openBundle(bytes, {
      ...(passphrase ? { passphrase } : {}),
      onProgress: (progress) => setStage({ step: 'checking', progress }),
    });
    job.current = started;
    try {
      const opened = await started.done;
      const plans = await previewBundle(opened.rows);
      setResolutions(new Map());
      setStage({ step: 'preview', path, opened, plans });
    } catch (error) {
      if (error instanceof BundleError && error.code === 'passphrase-required') {
        setStage({ step: 'passphrase', path, bytes, wrong: null });
      } else if (error instanceof BundleError && error.code === 'wrong-passphrase') {
        setStage({ step: 'passphrase', path, bytes, wrong: error.message });
      } else {
        setStage({ step: 'idle' });
        const text = error instanceof BundleError ? error.message : bridgeErrorMessage(error);
        setOutcome({
          tone: error instanceof BundleError && error.code === 'cancelled' ? 'info' : 'error',
          text:
            error instanceof BundleError && error.code === 'cancelled' ? text : `未导入：${text}`,
        });
      }
    } finally {
      job.current = null;
    }
  };

  const choose = async () => {
    setOutcome(null);
    try {
      const paths = await bridge().files.open({
        title: '打开交接包',
        filters: [{ name: '交接包', extensions: ['dlbundle'] }],
      });
      const path = paths?.[0];
      if (!path) return;
      await check(path, await readChosenFile(path));
    } catch (error) {
      setStage({ step: 'idle' });
      setOutcome({ tone: 'error', text: `未导入：${bridgeErrorMessage(error)}` });
    }
  };

  const runImport = async (path: string, opened: OpenedBundle, plans: KindPlan[]) => {
    if (!(await askForOperator())) return;
    setStage({ step: 'importing' });
    try {
      const writes = importWrites(plans, resolutions);
      // Whatever the import writes can be taken back from this backup, as well as by 撤销. A
      // failed backup stops the import: nothing is written that could not be restored.
      if (writes.length > 0) await takeBackup('pre-import');
      await keepAttachments(opened);
      const written = await applyImport(importSummaryOf(opened), writes);
      setOutcome({
        tone: 'success',
        text:
          written === 0
            ? '没有需要导入的变更：交接包中的记录与本机相同'
            : `已导入交接包 ${fileName(path)}：写入 ${written} 条记录。如需整体撤回，可点“撤销”。`,
      });
      setStage({ step: 'idle' });
    } catch (error) {
      setOutcome({
        tone: 'error',
        text: `导入失败，没有写入任何记录：${error instanceof Error ? error.message : String(error)}`,
      });
      setStage({ step: 'preview', path, opened, plans });
    }
  };

  const open = unresolved(stage.step === 'preview' ? stage.plans : [], resolutions);
  return (
    <Card title={<h2 className="transfer-section-title">导入交接包</h2>}>
      <Typography.Paragraph>
        导入前先检查文件的清单和每一项校验值，再列出每类记录的新增、更新、删除、冲突和相同条数；确认后一次写入，可整体撤销。
      </Typography.Paragraph>
      <Button
        onClick={() => void choose()}
        disabled={stage.step === 'checking' || stage.step === 'importing'}
      >
        选择交接包…
      </Button>

      {stage.step === 'passphrase' ? (
        <PassphraseForm
          wrong={stage.wrong}
          onSubmit={(passphrase) => void check(stage.path, stage.bytes, passphrase)}
          onCancel={() => setStage({ step: 'idle' })}
        />
      ) : null}

      {stage.step === 'checking' ? (
        <div style={{ marginTop: 16, maxWidth: 560 }}>
          <Typography.Text>正在检查交接包…</Typography.Text>
          <Progress
            percent={stage.progress ? progressPercent(stage.progress) : 0}
            aria-label="检查进度"
          />
          <Button onClick={() => job.current?.cancel()}>取消</Button>
        </div>
      ) : null}

      <OutcomeAlert outcome={outcome} />

      {stage.step === 'preview' ? (
        <section aria-label="导入预览" style={{ marginTop: 16 }}>
          <h3 className="transfer-subtitle" tabIndex={-1} ref={previewHeading}>
            导入预览：{fileName(stage.path)}
          </h3>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'operator',
                label: '经办人',
                children: stage.opened.manifest.operator || '未署名',
              },
              {
                key: 'time',
                label: '导出时间',
                children: new Date(stage.opened.manifest.createdAt).toLocaleString('zh-CN'),
              },
              { key: 'selection', label: '范围', children: stage.opened.manifest.selection },
              { key: 'counts', label: '内容', children: countsText(stage.opened.manifest) },
              { key: 'encrypted', label: '加密', children: stage.opened.encrypted ? '是' : '否' },
            ]}
          />
          <ImportPreview
            plans={stage.plans}
            resolutions={resolutions}
            onResolve={(id, resolution) =>
              setResolutions((now) => new Map(now).set(id, resolution))
            }
          />
          <Space style={{ marginTop: 16 }}>
            <Button
              type="primary"
              disabled={open.length > 0}
              onClick={() => void runImport(stage.path, stage.opened, stage.plans)}
            >
              导入
            </Button>
            <Button onClick={() => setStage({ step: 'idle' })}>放弃</Button>
            {open.length > 0 ? (
              <Typography.Text>还有 {open.length} 条冲突需要选择保留哪一方</Typography.Text>
            ) : null}
          </Space>
        </section>
      ) : null}
    </Card>
  );
}

function PassphraseForm({
  wrong,
  onSubmit,
  onCancel,
}: {
  wrong: string | null;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  return (
    <Form<{ passphrase: string }>
      name="bundleImport"
      layout="vertical"
      style={{ marginTop: 16, maxWidth: 420 }}
      onFinish={(values) => onSubmit(values.passphrase)}
    >
      <Alert
        type={wrong ? 'error' : 'info'}
        showIcon
        role={wrong ? 'alert' : 'status'}
        title={wrong ?? '此交接包已加密，请输入导出时设置的口令'}
        style={{ marginBottom: 12 }}
      />
      <Form.Item
        name="passphrase"
        label="交接包口令"
        rules={[{ required: true, message: '请输入口令' }]}
      >
        <Input.Password autoFocus autoComplete="off" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          解密并检查
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}

function fileName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}
