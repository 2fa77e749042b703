import { Alert, Form, Modal, Radio, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { showToast } from '../../app/toasts';
import { applyRecordChanges } from '../../db/repositories/batchChange';
import { recordTitle } from '../../domain/recordSearchInput';
import { RECORD_KIND_LABELS, type AnyRecord, type RecordKind } from '../../domain/records';
import { askForOperator } from '../operator/operatorGate';

/** A field a bulk edit can set on every chosen record. */
export interface BulkField {
  field: string;
  /** The field's label (DESIGN.md §2), the accessible name of its input. */
  label: string;
  options: readonly { value: string; label: string }[] | undefined;
  /** The choice that empties the field (e.g. 不属于任何专项); none when the field is required. */
  clearLabel?: string;
}

/** The value of the choice that empties a field. */
const CLEAR = '\u0000clear';
/** How many of the chosen records the dialog names. */
const NAMED = 5;

interface Props {
  kind: RecordKind;
  records: readonly AnyRecord[];
  fields: readonly BulkField[];
  onClose: () => void;
  /** The change was saved (the selection can go). */
  onDone: () => void;
}

/**
 * 批量修改: one field set to one value on every chosen record, saved as ONE operation that 撤销
 * takes back whole. Each record is saved against the revision it had when chosen: if any changed
 * since, nothing is saved and the dialog names them.
 */
export function BulkEditDialog({ kind, records, fields, onClose, onDone }: Props) {
  const [fieldName, setFieldName] = useState(fields[0]?.field ?? '');
  const [value, setValue] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const field = fields.find((f) => f.field === fieldName) ?? fields[0];
  if (!field) return null;
  const kindLabel = RECORD_KIND_LABELS[kind];
  const titles = records.slice(0, NAMED).map((record) => recordTitle(kind, record as never));
  const more = records.length - titles.length;

  const save = async () => {
    if (value === undefined) {
      setError(`请选择新的“${field.label}”`);
      return;
    }
    if (!(await askForOperator())) return;
    setSaving(true);
    setError(null);
    try {
      const summary = `批量修改${kindLabel} ${records.length} 条：${field.label}`;
      await applyRecordChanges(
        summary,
        records.map((record) => ({
          kind,
          id: record.id,
          baseRev: record.rev,
          after: withField(record, field.field, value === CLEAR ? undefined : value),
        })),
      );
      showToast(`已修改 ${records.length} 条${kindLabel}的${field.label}，可以撤销`);
      onDone();
      onClose();
    } catch (failure) {
      // All or nothing: nothing was saved; the dialog stays, saying why.
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  };

  const options = [
    ...(field.options ?? []),
    ...(field.clearLabel ? [{ value: CLEAR, label: field.clearLabel }] : []),
  ];
  return (
    <Modal
      open
      title={`批量修改${kindLabel}`}
      okText={`修改 ${records.length} 条`}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <div id={listId}>
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          将修改已选的 {records.length} 条{kindLabel}，整批作为一步操作，可以撤销：
        </Typography.Paragraph>
        <ul className="bulk-edit-titles">
          {titles.map((title, i) => (
            <li key={records[i]?.id}>{title}</li>
          ))}
          {more > 0 ? <li>……另 {more} 条</li> : null}
        </ul>
      </div>
      <Form layout="vertical" component="div">
        {fields.length > 1 ? (
          <Form.Item label="修改哪一项">
            <Radio.Group
              aria-label="修改哪一项"
              value={field.field}
              onChange={(event) => {
                setFieldName(event.target.value as string);
                setValue(undefined);
                setError(null);
              }}
              options={fields.map((f) => ({ value: f.field, label: f.label }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item label={field.label} htmlFor={`${listId}-value`}>
          <Select
            id={`${listId}-value`}
            aria-describedby={listId}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={`新的${field.label}`}
            loading={field.options === undefined}
            value={value}
            options={options.map((option) => ({ ...option }))}
            onChange={(chosen: string) => {
              setValue(chosen);
              setError(null);
            }}
          />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Modal>
  );
}

/** The record with `field` set to `value` (or left out), as a change hands it in. */
function withField(record: AnyRecord, field: string, value: string | undefined) {
  const next: Record<string, unknown> = { ...record };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next;
}
