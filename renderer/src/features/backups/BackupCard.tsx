import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Form,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry, BackupList } from '../../../../electron/contract';
import { useHost } from '../../app/HostContext';
import { useLeaveGuard } from '../../app/useLeaveGuard';
import { bridge, bridgeErrorMessage } from '../../bridge/bridge';
import { logHostSettingsSaved } from '../../db/settingsAudit';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '../../domain/records';
import { formatSize } from '../../domain/transfer/bundleFormat';
import { BACKUP_KIND_LABELS, backupTimeText } from './backupText';
import { CountInput, type CountValue } from '../records/CountInput';
import { showsSettingsCards } from '../settings/settingsGuard';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { onBackupWritten, takeBackup } from './takeBackup';

/** A number of backups kept: a whole number, at least one. */
const KEEP_BOUNDS = { integer: true, min: { value: 1, inclusive: true } };

/** The rule of a 保留份数: anything but a whole number from 1 to `max` is refused, saying so. */
function keepRules(label: string, max: number) {
  const message = `${label}：请填写 1 到 ${max} 的整数`;
  return [
    {
      validator: async (_: unknown, value: CountValue | null | undefined) => {
        if (value === null || value === undefined) throw new Error(message);
        if (typeof value !== 'number' || value < 1 || value > max) throw new Error(message);
      },
    },
  ];
}

interface PolicyValues {
  backupKeepDaily: number;
  backupKeepMonthly: number;
}

/** “委员 3 · 履职活动 12”: the kinds a backup holds records of. */
function countsText(counts: BackupEntry['counts']): string {
  if (!counts) return '—';
  const parts = RECORD_KINDS.filter((kind) => (counts[kind] ?? 0) > 0).map(
    (kind) => `${RECORD_KIND_LABELS[kind]} ${counts[kind]}`,
  );
  return parts.length > 0 ? parts.join(' · ') : '无记录';
}

/** “含 3 个” or “不含”: whether a backup carries attachment files, and how many. */
function attachmentsText(attachments: BackupEntry['attachments']): string {
  return attachments ? `含 ${attachments} 个` : '不含';
}

/**
 * 设置 → 备份: the backups in the host's backup folder with what each holds, 立即备份, the folder
 * (movable to a USB disk), how many snapshots rotation keeps, and 恢复 of one after a preview.
 */
export function BackupCard() {
  const { settings, saveSettings } = useHost();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PolicyValues>();
  const [list, setList] = useState<BackupList | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'backup' | 'folder' | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const [restored, setRestored] = useState<string | null>(null);

  // Bumped to read the list again after an action here.
  const [listVersion, setListVersion] = useState(0);
  const refresh = useCallback(() => setListVersion((n) => n + 1), []);

  useEffect(() => {
    let alive = true;
    const load = () =>
      bridge()
        .backup.list()
        .then(
          (next) => {
            if (!alive) return;
            setList(next);
            setListError(null);
          },
          (error: unknown) => alive && setListError(bridgeErrorMessage(error)),
        );
    void load();
    const stop = onBackupWritten(() => void load());
    return () => {
      alive = false;
      stop();
    };
  }, [listVersion]);

  // Each field follows its own stored value only: saving another card on the page (经办人, the
  // points rules) must not put back a number being typed here.
  const storedDaily = settings?.backupKeepDaily;
  const storedMonthly = settings?.backupKeepMonthly;
  useEffect(() => {
    if (storedDaily !== undefined) form.setFieldValue('backupKeepDaily', storedDaily);
  }, [storedDaily, form]);
  useEffect(() => {
    if (storedMonthly !== undefined) form.setFieldValue('backupKeepMonthly', storedMonthly);
  }, [storedMonthly, form]);

  useLeaveGuard(
    '备份保留份数',
    () => {
      const differs = (name: keyof PolicyValues, stored: number | undefined) => {
        const typed: unknown = form.getFieldValue(name);
        return typed !== undefined && stored !== undefined && typed !== stored;
      };
      return differs('backupKeepDaily', storedDaily) || differs('backupKeepMonthly', storedMonthly);
    },
    showsSettingsCards,
  );

  const backUpNow = async () => {
    setBusy('backup');
    try {
      const entry = await takeBackup('manual');
      message.success(`已备份（${backupTimeText(entry.createdAt)}）`);
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const changeFolder = async () => {
    setBusy('folder');
    try {
      const result = await bridge().backup.chooseFolder();
      if (result.status === 'moved') {
        message.success(
          `备份文件夹已改为 ${result.folder}${result.moved > 0 ? `，已移入 ${result.moved} 份备份` : ''}`,
        );
        refresh();
        // The host has moved the folder: the 操作记录 says from where to where.
        await logHostSettingsSaved(
          { backupFolder: list?.folder },
          { backupFolder: result.folder },
          ['backupFolder'],
        );
      }
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const savePolicy = async (values: PolicyValues) => {
    try {
      await saveSettings(values);
      message.success('备份保留份数已保存');
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    }
  };

  return (
    <Card title="备份">
      <Typography.Paragraph type="secondary">
        每天自动备份一次，退出时也会备份；每月第一份自动备份留作每月备份。备份包含全部记录及其附件，可在此恢复；数据文件夹损坏时，凭备份文件夹即可找回。
      </Typography.Paragraph>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="备份文件夹">
          <Typography.Text copyable={list ? { text: list.folder } : false}>
            {list?.folder ?? '—'}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginTop: 8, marginBottom: 16 }}>
        <Button type="primary" loading={busy === 'backup'} onClick={() => void backUpNow()}>
          立即备份
        </Button>
        <Button loading={busy === 'folder'} onClick={() => void changeFolder()}>
          更改备份文件夹
        </Button>
      </Space>
      <Form<PolicyValues>
        form={form}
        layout="inline"
        onFinish={(values) => void savePolicy(values)}
        disabled={!settings}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item
          label="每日备份保留份数"
          name="backupKeepDaily"
          rules={keepRules('每日备份保留份数', 366)}
        >
          <CountInput bounds={KEEP_BOUNDS} style={{ width: 96 }} />
        </Form.Item>
        <Form.Item
          label="每月备份保留份数"
          name="backupKeepMonthly"
          rules={keepRules('每月备份保留份数', 120)}
        >
          <CountInput bounds={KEEP_BOUNDS} style={{ width: 96 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">保存保留份数</Button>
        </Form.Item>
      </Form>
      {restored ? (
        <Alert
          type="success"
          showIcon
          closable
          title={restored}
          onClose={() => setRestored(null)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {listError ? (
        <Alert type="error" showIcon title={listError} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<BackupEntry>
        size="small"
        rowKey="name"
        aria-label="备份列表"
        loading={list === null && listError === null}
        dataSource={list?.entries ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有备份' }}
        columns={[
          {
            title: '时间',
            dataIndex: 'createdAt',
            // A date and time read as one: the counts beside it wrap instead.
            render: (createdAt: string) => (
              <span style={{ whiteSpace: 'nowrap' }}>{backupTimeText(createdAt)}</span>
            ),
          },
          {
            title: '类型',
            dataIndex: 'kind',
            render: (kind: BackupEntry['kind']) => <Tag>{BACKUP_KIND_LABELS[kind]}</Tag>,
          },
          { title: '记录数', dataIndex: 'counts', render: countsText },
          {
            // Two characters wide: without nowrap the heading and 不含 break one per line.
            title: <span style={{ whiteSpace: 'nowrap' }}>附件</span>,
            dataIndex: 'attachments',
            render: (n: BackupEntry['attachments']) => (
              <span style={{ whiteSpace: 'nowrap' }}>{attachmentsText(n)}</span>
            ),
          },
          {
            title: '大小',
            dataIndex: 'bytes',
            align: 'right',
            render: (bytes: number) => (
              <span style={{ whiteSpace: 'nowrap' }}>{formatSize(bytes)}</span>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, entry) => (
              <Button
                size="small"
                aria-label={`恢复 ${backupTimeText(entry.createdAt)} 的备份`}
                onClick={() => {
                  setRestored(null);
                  setRestoring(entry);
                }}
              >
                恢复
              </Button>
            ),
          },
        ]}
      />
      {restoring ? (
        <RestoreBackupDialog
          entry={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(text) => {
            setRestoring(null);
            setRestored(text);
            message.success('恢复完成');
            refresh();
          }}
        />
      ) : null}
    </Card>
  );
}
