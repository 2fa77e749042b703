import { Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import type { FieldChoice, FieldConflict } from '../../domain/records';
import { formatFieldValue } from './formatFieldValue';

/** The words of the dialog when it compares something else than a form with the record. */
export interface ConflictDialogTexts {
  intro: string;
  /** Names the record as it stands here (当前记录) and the other version (我的修改). */
  current: string;
  mine: string;
  ok: string;
}

interface Props {
  /** save: the save was refused and the choices are saved; review: they go back into the form. */
  mode: 'save' | 'review';
  /** Replaces the form's words (an import compares 本机 with 对方). */
  texts?: ConflictDialogTexts;
  kindLabel: string;
  conflicts: FieldConflict[];
  /** Turns ids into names for the fields that hold references. */
  names?: (id: string) => string | undefined;
  onConfirm: (choices: Record<string, FieldChoice>) => void;
  onCancel: () => void;
}

/**
 * 此记录已被修改: the fields on which the user's edit and the record as it stands now differ, side
 * by side, with a choice per field. A field only one side changed starts on that side; one both
 * changed waits for the user. Nothing is written until the user confirms.
 */
export function ConflictDialog({
  mode,
  texts,
  kindLabel,
  conflicts,
  names,
  onConfirm,
  onCancel,
}: Props) {
  const [choices, setChoices] = useState<Record<string, FieldChoice | undefined>>(() =>
    Object.fromEntries(conflicts.map((field) => [field.key, field.suggested])),
  );
  const open = conflicts.filter((field) => !choices[field.key]);
  const complete = open.length === 0;
  return (
    <Modal
      open
      title="此记录已被修改"
      okText={texts?.ok ?? (mode === 'save' ? '保存所选' : '采用所选')}
      cancelText={mode === 'save' ? '返回编辑' : '取消'}
      okButtonProps={{ disabled: !complete }}
      onOk={() => onConfirm(choices as Record<string, FieldChoice>)}
      onCancel={onCancel}
      width={640}
    >
      <Typography.Paragraph>
        {texts?.intro ??
          (mode === 'save'
            ? `打开表单之后，这条${kindLabel}记录已在别处修改（另一窗口、撤销或导入），还没有保存。`
            : `打开表单之后，这条${kindLabel}记录已在别处修改。所选内容将放回表单，保存前仍可修改。`)}
        请逐项选择要保留的内容。
        {complete ? '' : `还有 ${open.length} 项两边都改过，需要选择。`}
      </Typography.Paragraph>
      <div className="conflict-fields">
        {conflicts.map((field) => (
          <div key={field.key} className="conflict-field">
            <div className="conflict-label" id={`conflict-${field.key}`}>
              {field.label}
              {field.suggested ? null : <span className="conflict-both">（两边都改过）</span>}
            </div>
            <Radio.Group
              aria-labelledby={`conflict-${field.key}`}
              value={choices[field.key]}
              onChange={(event) =>
                setChoices((now) => ({ ...now, [field.key]: event.target.value as FieldChoice }))
              }
              options={[
                {
                  value: 'current',
                  label: `${texts?.current ?? '当前记录'}：${formatFieldValue(field.current, names)}`,
                },
                {
                  value: 'mine',
                  label: `${texts?.mine ?? '我的修改'}：${formatFieldValue(field.mine, names)}`,
                },
              ]}
            />
          </div>
        ))}
      </div>
    </Modal>
  );
}
