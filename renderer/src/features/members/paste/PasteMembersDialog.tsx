import { askForOperator } from '../../operator/operatorGate';
import { App as AntApp, Checkbox, Input, Modal, Table, Typography } from 'antd';
import type { ClipboardEvent } from 'react';
import { useId, useState } from 'react';
import { bulkCreateRecords } from '../../../db/repositories/bulkRepository';
import type { PastedMember } from '../../../domain/paste/pastedMembers';
import { usePastedMembers, type PastedMembersState } from './usePastedMembers';
import './pasteMembers.css';

const SKIP = '';

/**
 * 粘贴导入委员: rows copied from Excel or WPS are pasted, each column mapped to a field, every row
 * previewed and checked; 导入 adds the chosen rows in one transaction, undone as one step.
 */
export function PasteMembersDialog({ onClose }: { onClose: () => void }) {
  const { message } = AntApp.useApp();
  const state = usePastedMembers();
  const [importing, setImporting] = useState(false);
  const areaId = useId();
  const helpId = useId();
  const chosen = state.members.filter(state.isChosen);
  const bad = state.members.filter((member) => !member.input).length;
  const duplicates = state.members.filter((member) => member.input && member.warning).length;

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
      okText={`导入 ${chosen.length} 位委员`}
      cancelText="取消"
      okButtonProps={{ disabled: chosen.length === 0 || !state.ready }}
      confirmLoading={importing}
      onOk={() => void confirm()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
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
        rows={5}
        value={state.text}
        onChange={(event) => state.setText(event.target.value)}
        onPaste={onPaste}
        placeholder={'姓名\t类别\t联系电话\n陈大文\t港区委员\t13800000001'}
      />
      {state.rows.length > 0 ? (
        <>
          <div className="paste-options">
            <Checkbox
              checked={state.hasHeader}
              onChange={(event) => state.setHasHeader(event.target.checked)}
            >
              第一行是表头
            </Checkbox>
            <span role="status" className="paste-summary">
              共 {state.members.length} 行：可导入 {state.members.length - bad} 行
              {bad > 0 ? `，有问题 ${bad} 行（不导入）` : ''}
              {duplicates > 0 ? `，重名 ${duplicates} 行（勾选才导入）` : ''}
            </span>
          </div>
          <BadRows members={state.members} />
          <PasteGrid state={state} />
        </>
      ) : null}
    </Modal>
  );
}

/** How many bad rows are listed above the grid; the grid marks every one. */
const BAD_ROWS_LISTED = 20;

/** The rows that cannot be added and why, listed where they are seen first. */
function BadRows({ members }: { members: readonly PastedMember[] }) {
  const bad = members.filter((member) => !member.input);
  if (bad.length === 0) return null;
  return (
    <div className="paste-bad-rows" role="group" aria-label="不能导入的行">
      <ul>
        {bad.slice(0, BAD_ROWS_LISTED).map((member) => (
          <li key={member.line}>
            第{member.line}行：{member.errors.join('；')}
          </li>
        ))}
      </ul>
      {bad.length > BAD_ROWS_LISTED ? (
        <p>另有 {bad.length - BAD_ROWS_LISTED} 行，见下表。</p>
      ) : null}
    </div>
  );
}

/** Above this many rows the grid draws only the rows in view. */
const VIRTUAL_FROM = 100;

/** The pasted rows under a field chooser per column, each row with its check and its choice. */
function PasteGrid({ state }: { state: PastedMembersState }) {
  const width = state.rows[0]?.length ?? 0;
  const heading = state.hasHeader ? state.rows[0] : undefined;
  const options = [
    { value: SKIP, label: '不导入' },
    ...state.fields.map((field) => ({ value: field.key, label: field.label })),
  ];
  const columns = [
    { title: '行', dataIndex: 'line', key: 'line', width: 56, fixed: 'left' as const },
    {
      title: '导入',
      key: 'chosen',
      width: 64,
      fixed: 'left' as const,
      render: (_: unknown, member: PastedMember) => (
        <Checkbox
          aria-label={`导入第${member.line}行`}
          disabled={!member.input}
          checked={state.isChosen(member)}
          onChange={(event) => state.choose(member.line, event.target.checked)}
        />
      ),
    },
    {
      title: '检查结果',
      key: 'check',
      width: 240,
      render: (_: unknown, member: PastedMember) =>
        member.errors.length > 0 ? (
          <span className="paste-error">{member.errors.join('；')}</span>
        ) : member.warning ? (
          <span className="paste-warning">{member.warning}</span>
        ) : (
          <span className="paste-ok">可导入</span>
        ),
    },
    ...Array.from({ length: width }, (_, column) => ({
      key: `column-${column}`,
      width: 160,
      title: (
        <div className="paste-column-head">
          {/* A native select: its chosen field is read out with its name, and keys work as usual. */}
          <select
            aria-label={`第${column + 1}列导入为`}
            className="paste-column-select"
            value={state.mapping[column] ?? SKIP}
            onChange={(event) =>
              state.mapColumn(column, event.target.value === SKIP ? null : event.target.value)
            }
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {heading ? <div className="paste-heading">表头：{heading[column]}</div> : null}
        </div>
      ),
      render: (_: unknown, member: PastedMember) => (
        <span className={state.mapping[column] ? undefined : 'paste-skipped'}>
          {member.cells[column]}
        </span>
      ),
    })),
  ];
  return (
    <Table<PastedMember>
      className="paste-grid"
      rowKey="line"
      size="small"
      bordered
      pagination={false}
      dataSource={state.members as PastedMember[]}
      columns={columns}
      // Drawing only the rows in view keeps a paste of thousands quick; smaller ones are drawn
      // whole, so every row is there for a screen reader.
      virtual={state.members.length > VIRTUAL_FROM}
      scroll={{ x: 56 + 64 + 240 + 160 * width, y: 380 }}
      rowClassName={(member) =>
        !member.input ? 'paste-row-bad' : member.warning ? 'paste-row-warning' : ''
      }
    />
  );
}
