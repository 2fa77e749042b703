import { askForOperator } from '../../operator/operatorGate';
import { App as AntApp, Checkbox, Input, Modal, Typography } from 'antd';
import type { ClipboardEvent } from 'react';
import { useId, useState } from 'react';
import { bulkCreateRecords } from '../../../db/repositories/bulkRepository';
import { BadRows, ImportGrid, ImportSummary } from '../../records/paste/ImportGrid';
import { usePastedMembers } from './usePastedMembers';

/**
 * 粘贴导入委员: rows copied from Excel or WPS are pasted, each column mapped to a field, every row
 * previewed and checked; 导入 adds the chosen rows in one transaction, undone as one step.
 */
export function PasteMembersDialog({ onClose }: { onClose: () => void }) {
  const { message, modal } = AntApp.useApp();
  const state = usePastedMembers();
  const [importing, setImporting] = useState(false);
  const areaId = useId();
  const helpId = useId();
  const chosen = state.records.filter(state.isChosen);

  const confirm = async () => {
    if (!(await askForOperator())) return;
    setImporting(true);
    try {
      const entries = chosen.map((member) => ({ input: member.input }));
      await bulkCreateRecords('member', entries, { undoable: true });
      message.success(`已导入 ${entries.length} 位委员，可以撤销`);
      onClose();
    } catch (error) {
      // All or nothing: nothing was added, the dialog stays for another try.
      message.error(`导入失败，未添加任何委员：${error instanceof Error ? error.message : error}`);
      setImporting(false);
    }
  };

  // Esc, × or 取消 with rows pasted asks first: the rows, their columns and ticks would be gone.
  const [askingToClose, setAskingToClose] = useState(false);
  const cancel = async () => {
    if (state.text.trim() === '') {
      onClose();
      return;
    }
    if (askingToClose) return;
    setAskingToClose(true);
    const close = await modal.confirm({
      title: '关闭粘贴导入？',
      content:
        state.records.length > 0
          ? `粘贴的 ${state.records.length} 行还没有导入。关闭后，这些行和所选的列、勾选都不再保留。`
          : '粘贴的内容还没有导入。关闭后不再保留。',
      okText: '关闭',
      okButtonProps: { danger: true },
      cancelText: '继续导入',
      focusable: { autoFocusButton: 'cancel' },
    });
    setAskingToClose(false);
    if (close) onClose();
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (pasted === '') return;
    // Inserted here rather than by the browser, so a paste however it is raised reads the same.
    event.preventDefault();
    const area = event.currentTarget;
    const { selectionStart, selectionEnd, value } = area;
    state.setText(value.slice(0, selectionStart) + pasted + value.slice(selectionEnd));
  };

  return (
    <Modal
      open
      title="粘贴导入委员"
      width={1100}
      // Near the top, so that the rows and 导入 fit a 1024 × 700 window.
      style={{ top: 24 }}
      okText={`导入 ${chosen.length} 位委员`}
      cancelText="取消"
      okButtonProps={{ disabled: chosen.length === 0 || !state.ready }}
      confirmLoading={importing}
      onOk={() => void confirm()}
      onCancel={() => void cancel()}
      maskClosable={false}
      destroyOnHidden
      // The dialog takes the focus for itself as it opens (after the area's autoFocus when there
      // is no animation): the 粘贴区 gets it back, ready for Ctrl+V.
      afterOpenChange={(opened) => {
        if (opened) document.getElementById(areaId)?.focus();
      }}
    >
      <label htmlFor={areaId} className="paste-label">
        粘贴区
      </label>
      <Typography.Paragraph id={helpId}>
        在 Excel 或 WPS 表格中选中委员所在的行（可连同表头一行）复制，再在这里粘贴（Ctrl+V）。
      </Typography.Paragraph>
      <Input.TextArea
        id={areaId}
        aria-describedby={helpId}
        autoFocus
        rows={state.rowCount > 0 ? 3 : 5}
        value={state.text}
        onChange={(event) => state.setText(event.target.value)}
        onPaste={onPaste}
        placeholder={'姓名\t类别\t联系电话\n陈大文\t港区委员\t13800000001'}
      />
      {state.rowCount > 0 ? (
        <>
          <div className="paste-options">
            <Checkbox
              checked={state.hasHeader}
              onChange={(event) => state.setHasHeader(event.target.checked)}
            >
              第一行是表头
            </Checkbox>
            <ImportSummary state={state} />
          </div>
          <BadRows records={state.records} />
          <ImportGrid state={state} />
        </>
      ) : null}
    </Modal>
  );
}
