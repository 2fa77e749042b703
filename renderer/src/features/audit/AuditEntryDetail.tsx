import { Button, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { readNamesOfAnyKind } from '../../db/recordNames';
import {
  changedFields,
  type AuditEntry,
  type FieldChange,
  type RecordKind,
} from '../../domain/records';
import { formatFieldValue } from '../records/formatFieldValue';
import { BatchEntryDetail } from './BatchEntryDetail';
import { SettingsEntryDetail } from './SettingsEntryDetail';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id a snapshot holds, however deep (participants, donors, studios). */
function idsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && UUID.test(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => idsIn(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => idsIn(v, found));
  return found;
}

interface Props {
  entry: AuditEntry;
  /** Opens the changed record in its list. */
  onOpen: (kind: RecordKind) => void;
}

type Column = { title: string; side: 'before' | 'after' };

/** What an entry shows of its record: a new one's fields, a deleted one's, or what changed. */
function viewOf(entry: AuditEntry, kind: RecordKind): { fields: FieldChange[]; columns: Column[] } {
  switch (entry.action) {
    case 'create':
      return {
        fields: changedFields(kind, null, entry.after),
        columns: [{ title: '内容', side: 'after' }],
      };
    case 'delete':
      return {
        fields: changedFields(kind, entry.before, null),
        columns: [{ title: '删除前的内容', side: 'before' }],
      };
    default:
      return {
        fields: changedFields(kind, entry.before, entry.after),
        columns: [
          { title: '修改前', side: 'before' },
          { title: '修改后', side: 'after' },
        ],
      };
  }
}

/**
 * One entry of the 操作记录 opened: a change of 设置 item by item, a batch by what it did to which
 * records, a record's change by its fields before and after, with names for ids.
 */
export function AuditEntryDetail({ entry, onOpen }: Props) {
  if (entry.kind === 'settings') return <SettingsEntryDetail entry={entry} />;
  if (entry.recordIds) return <BatchEntryDetail entry={entry} />;
  return <RecordEntryDetail entry={entry} kind={entry.kind} onOpen={onOpen} />;
}

/** One record's change: its fields before and after, and the way to the record. */
function RecordEntryDetail({ entry, kind, onOpen }: Props & { kind: RecordKind }) {
  const { fields, columns } = viewOf(entry, kind);
  const names = useLiveQuery(
    () => readNamesOfAnyKind(idsIn(fields.flatMap((field) => [field.before, field.after]))),
    [entry.id],
  );
  const show = (value: unknown) => formatFieldValue(value, (id) => names?.get(id));
  return (
    <div>
      {fields.length > 0 ? (
        <Table<FieldChange>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={fields}
          columns={[
            { title: '字段', dataIndex: 'label', width: 140 },
            ...columns.map((column) => ({
              title: column.title,
              key: column.side,
              render: (_: unknown, field: FieldChange) => show(field[column.side]),
            })),
          ]}
        />
      ) : (
        <Typography.Text type="secondary">
          {entry.action === 'restore' ? '这条记录被恢复，内容与删除前相同。' : '没有字段改变。'}
        </Typography.Text>
      )}
      {entry.action === 'delete' ? null : (
        <Button type="link" onClick={() => onOpen(kind)}>
          在列表中查看这条记录
        </Button>
      )}
    </div>
  );
}
