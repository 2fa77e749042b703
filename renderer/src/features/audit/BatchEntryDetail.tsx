import { Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { readNamesOfAnyKind } from '../../db/recordNames';
import type { AuditAction, AuditEntry } from '../../domain/records';

/** How many of a batch's records its entry names. */
const NAMED = 100;

/** What a batch did to its records, as its opened entry says: 这一次删除了 28 条记录. */
const DID: Readonly<Record<AuditAction, string>> = {
  create: '新建了',
  update: '改动了',
  delete: '删除了',
  restore: '恢复了',
  import: '写入了',
};

/**
 * An entry of many records opened (an import, the sample's loading, a paste's 撤销 and 重做, a
 * backup restored): what it did and to which records, the first of them by name.
 */
export function BatchEntryDetail({ entry }: { entry: AuditEntry }) {
  const ids = entry.recordIds ?? [];
  const names = useLiveQuery(() => readNamesOfAnyKind(ids.slice(0, NAMED)), [entry.id]);
  const listed = ids.slice(0, NAMED).flatMap((id) => names?.get(id) ?? []);
  return (
    <div>
      <Typography.Text>
        这一次{DID[entry.action]} {ids.length} 条记录{listed.length > 0 ? '：' : '。'}
      </Typography.Text>
      {listed.length > 0 ? (
        <Typography.Paragraph className="audit-written">
          {listed.join('、')}
          {ids.length > listed.length ? ` 等 ${ids.length} 条` : ''}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
