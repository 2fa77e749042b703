import { Alert, Modal, Radio, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { showToast } from '../../../app/toasts';
import { findReferences } from '../../../db/references';
import { mergeMembers } from '../../../db/repositories/mergeMembersRepository';
import {
  defaultMergeChoices,
  isMergeChoice,
  mergedMember,
  MERGE_FIELDS,
  type MergeField,
  type MergeSide,
} from '../../../domain/mergeMembers';
import { referenceSentence } from '../../../domain/references';
import { FIELD_LABELS, sameFieldValue, type Member } from '../../../domain/records';
import { askForOperator } from '../../operator/operatorGate';
import { EMPTY_VALUE, formatFieldValue } from '../../records/formatFieldValue';
import { useRecordNames } from '../../records/useRecordNames';
import './mergeMembers.css';

interface Props {
  /** The two chosen members, each as it was read when chosen. */
  members: readonly [Member, Member];
  onClose: () => void;
  /** The merge was saved (the selection can go). */
  onDone: () => void;
}

/**
 * 合并委员: the two side by side; the user says which one is kept and, for each field where they
 * differ, whose value it takes (by default the kept one's, its blanks filled from the other). 合并
 * moves every activity, donation and studio link to the kept one and deletes the other, as one
 * step that 撤销 takes back whole.
 */
export function MergeMembersDialog({ members, onClose, onDone }: Props) {
  const [keptAt, setKeptAt] = useState<0 | 1>(0);
  const kept = members[keptAt];
  const other = members[keptAt === 0 ? 1 : 0];
  const [choices, setChoices] = useState(() => defaultMergeChoices(kept, other));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const groups = useLiveQuery(() => findReferences('member', other.id), [other.id]);
  const studioNames = useRecordNames('studio', [...kept.studioIds, ...other.studioIds]);
  const merged = useMemo(() => mergedMember(kept, other, choices), [kept, other, choices]);

  const keep = (at: 0 | 1) => {
    setKeptAt(at);
    const nextKept = members[at];
    const nextOther = members[at === 0 ? 1 : 0];
    setChoices(defaultMergeChoices(nextKept, nextOther));
    setError(null);
  };
  const show = (field: MergeField, member: Member | Record<string, unknown>) =>
    formatFieldValue((member as Record<string, unknown>)[field], (id) =>
      field === 'studioIds' ? studioNames?.get(id) : undefined,
    );
  const moves = groups ? referenceSentence('member', groups) : null;

  const save = async () => {
    if (!(await askForOperator())) return;
    setSaving(true);
    setError(null);
    try {
      const outcome = await mergeMembers(kept, other, choices);
      showToast(
        `已合并委员：“${other.name}”的 ${outcome.activities} 项履职活动、${outcome.donations} 笔捐赠、` +
          `${outcome.studios} 个工作室已归于“${kept.name}”，可以撤销`,
      );
      onDone();
      onClose();
    } catch (failure) {
      // One transaction: nothing was saved; the dialog stays, saying why.
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="合并委员"
      width={900}
      okText="合并"
      cancelText="取消"
      okButtonProps={{ disabled: groups === undefined }}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <Radio.Group
        aria-label="保留哪一位"
        value={keptAt}
        onChange={(event) => keep(event.target.value as 0 | 1)}
        options={members.map((member, at) => ({ value: at, label: `保留“${member.name}”` }))}
      />
      <Typography.Paragraph className="merge-moves">
        “{other.name}”{moves ? moves.replace(/^该委员/, '') : '没有被任何记录引用。'}
        合并后都归于“{kept.name}”，“{other.name}”将被删除。整个合并是一步操作，可以撤销。
      </Typography.Paragraph>
      <table className="merge-table" aria-labelledby={headingId}>
        <caption id={headingId}>
          两位委员填写了的各项信息；有不同之处，选择保留哪一个值（两位都未填的项目不列出）
        </caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">保留：{kept.name}</th>
            <th scope="col">删除：{other.name}</th>
            <th scope="col">合并后</th>
          </tr>
        </thead>
        <tbody>
          {shownFields(kept, other).map((field) => {
            const label = FIELD_LABELS.member[field];
            const choice = isMergeChoice(field, kept, other);
            const cell = (side: MergeSide, member: Member) =>
              choice ? (
                <Radio
                  name={field}
                  checked={choices[field] === side}
                  onChange={() => setChoices({ ...choices, [field]: side })}
                >
                  {show(field, member)}
                </Radio>
              ) : (
                <span className={show(field, member) === EMPTY_VALUE ? 'merge-empty' : undefined}>
                  {show(field, member)}
                </span>
              );
            return (
              <tr key={field} className={choice ? 'merge-differs' : undefined}>
                <th scope="row">{label}</th>
                <td>{cell('kept', kept)}</td>
                <td>{cell('other', other)}</td>
                <td>{show(field, merged)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Modal>
  );
}

/** The fields either member has a value in; a field blank in both would only fill the table. */
function shownFields(kept: Member, other: Member): MergeField[] {
  return MERGE_FIELDS.filter(
    (field) => !sameFieldValue(kept[field], undefined) || !sameFieldValue(other[field], undefined),
  );
}
