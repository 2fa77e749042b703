import { Alert, Button, Modal, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { BackupEntry } from '../../../../electron/contract';
import { RECORD_KIND_LABELS, RECORD_KINDS, type RecordKind } from '../../domain/records';
import { askForOperator } from '../operator/operatorGate';
import { BACKUP_KIND_LABELS, backupTimeText } from './backupText';
import { previewBackup, restoreFromBackup, type BackupPreview } from './restoreBackup';

interface Props {
  entry: BackupEntry;
  onClose(): void;
  /** After a restore: says what was done. */
  onRestored(message: string): void;
}

type State =
  | { step: 'reading' }
  | { step: 'broken'; message: string }
  | { step: 'preview'; preview: BackupPreview; error?: string }
  | { step: 'restoring'; preview: BackupPreview };

interface CountRow {
  kind: RecordKind;
  inBackup: number;
  now: number;
}

/**
 * 恢复备份: reads and checks the backup, shows what it holds next to what the database holds now,
 * and restores only when the user confirms. A broken backup is said so, and nothing changes.
 */
export function RestoreBackupDialog({ entry, onClose, onRestored }: Props) {
  const [state, setState] = useState<State>({ step: 'reading' });
  const when = backupTimeText(entry.createdAt);

  useEffect(() => {
    let alive = true;
    previewBackup(entry).then(
      (preview) => alive && setState({ step: 'preview', preview }),
      (error: unknown) =>
        alive &&
        setState({
          step: 'broken',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      alive = false;
    };
  }, [entry]);

  const restore = async (preview: BackupPreview) => {
    if (!(await askForOperator())) return;
    setState({ step: 'restoring', preview });
    try {
      const { before } = await restoreFromBackup(preview);
      onRestored(
        `已恢复到 ${when} 的备份。恢复前的数据已另存为备份（${backupTimeText(before.createdAt)}，恢复前）。`,
      );
    } catch (error) {
      setState({
        step: 'preview',
        preview,
        error: `未恢复：${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const busy = state.step === 'restoring';
  const preview = state.step === 'preview' || state.step === 'restoring' ? state.preview : null;
  const rows: CountRow[] = preview
    ? RECORD_KINDS.map((kind) => ({
        kind,
        inBackup: preview.inBackup[kind],
        now: preview.now[kind],
      }))
    : [];

  return (
    <Modal
      open
      title="恢复备份"
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      maskClosable={false}
      footer={
        preview
          ? [
              <Button key="cancel" onClick={onClose} disabled={busy}>
                取消
              </Button>,
              <Button
                key="restore"
                type="primary"
                danger
                loading={busy}
                onClick={() => void restore(preview)}
              >
                恢复
              </Button>,
            ]
          : [
              <Button key="close" onClick={onClose}>
                关闭
              </Button>,
            ]
      }
    >
      <Typography.Paragraph>
        备份时间：{when}（{BACKUP_KIND_LABELS[entry.kind]}）
      </Typography.Paragraph>
      {state.step === 'reading' ? (
        <Spin tip="正在读取并检查备份……">
          <div style={{ minHeight: 80 }} />
        </Spin>
      ) : null}
      {state.step === 'broken' ? <Alert type="error" showIcon title={state.message} /> : null}
      {preview ? (
        <>
          <Table<CountRow>
            size="small"
            pagination={false}
            rowKey="kind"
            dataSource={rows}
            aria-label="备份中与现在的记录数"
            columns={[
              {
                title: '记录类型',
                dataIndex: 'kind',
                render: (kind: RecordKind) => RECORD_KIND_LABELS[kind],
              },
              { title: '备份中', dataIndex: 'inBackup', align: 'right' },
              { title: '现在', dataIndex: 'now', align: 'right' },
            ]}
          />
          <Typography.Paragraph style={{ marginTop: 12 }}>
            恢复后，全部记录将回到备份时的样子：此后新增的记录将被删除，修改过的记录将改回。恢复前会先把现在的数据另存为一份备份（恢复前），需要时可以再恢复回来。草稿不受影响。
            {preview.read.attachmentHashes.length > 0
              ? `备份中的 ${preview.read.attachmentHashes.length} 个附件，数据文件夹里缺少的会补回；现有附件一个也不删除。`
              : null}
          </Typography.Paragraph>
          {state.step === 'preview' && state.error ? (
            <Alert type="error" showIcon title={state.error} />
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}
