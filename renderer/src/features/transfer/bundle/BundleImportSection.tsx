import { Alert, Button, Card, Descriptions, Form, Input, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { bridge, bridgeErrorMessage } from '../../../bridge/bridge';
import { useHost } from '../../../app/HostContext';
import { checkStageLimitUnchanged, writeImportedRules } from '../../../db/bundleRulesStore';
import { readStoredStageLimitDays } from '../../../db/goodsPipeline';
import { readRateTable } from '../../../db/rateTable';
import { applyImport } from '../../../db/repositories/importRepository';
import { DEFAULT_STAGE_LIMIT_DAYS } from '../../../domain/donations/goodsPipeline';
import { DEFAULT_POINTS_RULES, type PointsRules } from '../../../domain/points';
import {
  changesRules,
  planRules,
  proposedChoice,
  ratesToWrite,
  samePointsRulesInForce,
  storedPointsRules,
  type BundleRules,
  type RulesChoice,
  type RulesPlan,
} from '../../../domain/transfer/bundleRules';
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
import { RulesPreview } from './RulesPreview';
import { OutcomeAlert, type Outcome } from '../../../shared/OutcomeAlert';
import { progressPercent } from './progressPercent';
import './bundleSections.css';
import { takeBackup } from '../../backups/takeBackup';

type Stage =
  | { step: 'idle' }
  | { step: 'passphrase'; path: string; bytes: Uint8Array; wrong: string | null }
  | { step: 'checking'; progress: BundleProgress | null }
  | {
      step: 'preview';
      path: string;
      opened: OpenedBundle;
      plans: KindPlan[];
      /** The bundle's rules against this install's; null when it carries none. */
      rules: RulesPlan | null;
    }
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
  const [rulesChoice, setRulesChoice] = useState<RulesChoice>(NOTHING_TAKEN);
  const { saveSettings } = useHost();
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
      // The points rules as the host holds them now, as the import will check them.
      const rules = opened.rules
        ? await planLocalRules(opened.rules, (await bridge().settings.get()).pointsRules)
        : null;
      setResolutions(new Map());
      setRulesChoice(rules ? proposedChoice(rules) : NOTHING_TAKEN);
      setStage({ step: 'preview', path, opened, plans, rules });
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

  const runImport = async (preview: Extract<Stage, { step: 'preview' }>) => {
    const { path, opened, plans, rules } = preview;
    if (!(await askForOperator())) return;
    setStage({ step: 'importing' });
    try {
      const takesPoints = Boolean(rules?.pointsRules && rulesChoice.takePointsRules);
      // The points rules are saved by the host after the records' transaction: the check that
      // they are still those the preview compared, read from the host now, comes first.
      if (
        takesPoints &&
        !samePointsRules((await bridge().settings.get()).pointsRules, rules?.pointsRules?.local)
      ) {
        throw new Error('设置中的履职积分规则在预览之后已被修改，请重新选择交接包，核对后再导入。');
      }
      // The days too, before the backup below is written for an import that would be refused.
      if (rulesChoice.takeStageLimit && rules?.stageLimitDays) {
        await checkStageLimitUnchanged(rules.stageLimitDays.local);
      }
      const writes = importWrites(plans, resolutions);
      const takesRules = rules !== null && changesRules(rules, rulesChoice);
      // Whatever the import writes can be taken back from this backup, as well as by 撤销. A
      // failed backup stops the import: nothing is written that could not be restored.
      if (writes.length > 0 || takesRules) await takeBackup('pre-import');
      await keepAttachments(opened);
      const rulesWrite =
        rules && takesRules
          ? {
              rates: ratesToWrite(rules, rulesChoice),
              ...(rulesChoice.takeStageLimit && rules.stageLimitDays
                ? {
                    stageLimit: {
                      days: rules.stageLimitDays.incoming,
                      seen: rules.stageLimitDays.local,
                    },
                  }
                : {}),
            }
          : null;
      const written = await applyImport(
        importSummaryOf(opened),
        writes,
        rulesWrite ? (database) => writeImportedRules(database, rulesWrite) : undefined,
      );
      // The points rules are the host's (设置), saved once the records are in.
      const taken: string[] = rulesWrite ? rulesTaken(rulesWrite.rates.entries.length) : [];
      if (takesPoints && rules?.pointsRules) {
        try {
          // Checked again: 设置 may have been saved while the records were written.
          const now = (await bridge().settings.get()).pointsRules;
          if (samePointsRules(now, rules.pointsRules.local)) {
            await saveSettings({ pointsRules: rules.pointsRules.incoming });
            taken.push('采用了交接包的积分规则');
          } else {
            taken.push('积分规则未采用：设置中的积分规则在导入期间已被修改，请在设置中核对');
          }
        } catch (error) {
          taken.push(`积分规则未能采用（${bridgeErrorMessage(error)}），可在设置中修改`);
        }
      }
      if (rulesWrite?.stageLimit) {
        taken.push(`阶段超期天数改为 ${rulesWrite.stageLimit.days ?? DEFAULT_STAGE_LIMIT_DAYS} 天`);
      }
      setOutcome({
        tone: 'success',
        text:
          written === 0 && taken.length === 0
            ? '没有需要导入的变更：交接包中的记录与本机相同'
            : `已导入交接包 ${fileName(path)}：写入 ${written} 条记录${taken.map((t) => `，${t}`).join('')}。` +
              (written > 0 ? '如需整体撤回记录，可点“撤销”。' : ''),
      });
      setStage({ step: 'idle' });
    } catch (error) {
      setOutcome({
        tone: 'error',
        text: `导入失败，没有写入任何记录：${error instanceof Error ? error.message : String(error)}`,
      });
      setStage(preview);
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
          {stage.rules ? (
            <RulesPreview
              plan={stage.rules}
              choice={rulesChoice}
              onChange={setRulesChoice}
              defaultStageLimitDays={DEFAULT_STAGE_LIMIT_DAYS}
            />
          ) : null}
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" disabled={open.length > 0} onClick={() => void runImport(stage)}>
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

const NOTHING_TAKEN: RulesChoice = {
  takeDifferingRates: false,
  takePointsRules: false,
  takeStageLimit: false,
};

/** A bundle's rules against this install's: its rates and days here, its points rules in 设置. */
async function planLocalRules(incoming: BundleRules, storedRules: unknown): Promise<RulesPlan> {
  return planRules(incoming, {
    exchangeRates: await readRateTable(),
    pointsRules: storedPointsRules(storedRules),
    stageLimitDays: await readStoredStageLimitDays(),
    defaults: { pointsRules: DEFAULT_POINTS_RULES, stageLimitDays: DEFAULT_STAGE_LIMIT_DAYS },
  });
}

/** Whether the points rules 设置 holds now still grade as those a preview compared. */
function samePointsRules(stored: unknown, previewed: PointsRules | null | undefined): boolean {
  return samePointsRulesInForce(storedPointsRules(stored), previewed ?? null, DEFAULT_POINTS_RULES);
}

function rulesTaken(rates: number): string[] {
  return rates > 0 ? [`汇率 ${rates} 条`] : [];
}

function fileName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}
