import { useFocusBackOnClose } from '../../shared/useFocusBackOnClose';
import { askForOperator } from '../operator/operatorGate';
import { App as AntApp, Modal, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { findReferences } from '../../db/references';
import { deleteRecord } from '../../db/repositories/recordRepository';
import { recordTitle } from '../../domain/recordSearchInput';
import {
  countOf,
  isReferencedKind,
  moreThanShown,
  referenceSentence,
  type ReferringGroup,
} from '../../domain/references';
import { RECORD_KIND_LABELS, type AnyRecord, type RecordKind } from '../../domain/records';

interface Props {
  kind: RecordKind;
  /** The record as the list showed it: the deletion is made against its `rev`. */
  record: AnyRecord;
  onClose: () => void;
}

/**
 * 删除: asks first. A record that others point to (a member in activities, a campaign with
 * donations…) says how many and which, since they will show its name marked （已删除）.
 */
export function DeleteRecordDialog({ kind, record, onClose }: Props) {
  const { message } = AntApp.useApp();
  useFocusBackOnClose();
  const [deleting, setDeleting] = useState(false);
  // Live, so that a record that comes to point here while the dialog is open is counted too.
  const groups = useLiveQuery(() => findReferences(kind, record.id), [kind, record.id]);
  const sentence = groups && isReferencedKind(kind) ? referenceSentence(kind, groups) : null;
  const label = RECORD_KIND_LABELS[kind];
  const title = sentence
    ? `删除${label}“${recordTitle(kind, record)}”？`
    : `删除这条${label}记录？`;

  const confirm = async () => {
    // Who deletes it goes into the 操作记录: asked once when 设置 has no 经办人.
    if (!(await askForOperator())) return;
    setDeleting(true);
    try {
      await deleteRecord(kind, record.id, record.rev);
      message.success('已删除，可以撤销');
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      onClose();
    }
  };

  return (
    <Modal
      open
      title={title}
      okText="删除"
      cancelText="取消"
      okButtonProps={{ danger: true, disabled: groups === undefined }}
      confirmLoading={deleting}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      {groups === undefined ? (
        <Typography.Paragraph>正在查看有哪些记录引用了它……</Typography.Paragraph>
      ) : sentence ? (
        <>
          <Typography.Paragraph>{sentence}</Typography.Paragraph>
          {groups.map((group) => (
            <ReferringList key={group.kind} group={group} />
          ))}
          <Typography.Paragraph>
            删除后这些记录仍然保留，其中的名称将标为“（已删除）”；可以撤销（Ctrl+Z）。
          </Typography.Paragraph>
        </>
      ) : (
        <Typography.Paragraph>删除后可以撤销（Ctrl+Z）。</Typography.Paragraph>
      )}
    </Modal>
  );
}

/** The first few titles of one kind of referring record, and how many more there are. */
function ReferringList({ group }: { group: ReferringGroup }) {
  const more = moreThanShown(group);
  const heading = countOf(group.kind, group.count);
  return (
    <Typography.Paragraph>
      <Typography.Text strong>{heading}：</Typography.Text>
      <ul aria-label={heading} style={{ margin: '4px 0 0' }}>
        {group.titles.map((title, i) => (
          <li key={i}>{title}</li>
        ))}
        {more ? <li>{more}</li> : null}
      </ul>
    </Typography.Paragraph>
  );
}
