import { Button, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import type { AnyRecord, RecordKind } from '../../domain/records';
import { listRecords } from '../../db/queries';
import { countRecords } from '../../db/recordCounts';
import { getRecord } from '../../db/repositories/recordRepository';
import { EmptyPage } from '../../shared/EmptyPage';
import { PageHeading } from '../../shared/PageHeading';
import { DeleteRecordDialog } from './DeleteRecordDialog';
import { LISTED_REFERENCES, recordColumns } from './recordColumns';
import { useRecordNames } from './useRecordNames';

interface Props {
  kind: RecordKind;
  title: string;
  emptyText: string;
  /** Buttons above the list (新增…). */
  actions?: ReactNode;
  /** The record the URL points at, highlighted. */
  selectedId?: string | undefined;
  onOpen?: (id: string) => void;
}

const PAGE_SIZE = 50;
/**
 * The newest records a list holds. An older one is reached by search (Ctrl+K): picked there, it is
 * shown at the top of the list, marked, above the newest.
 */
const LIST_LIMIT = 500;

/** A live list of one kind of record, with 删除 on each row. */
export function RecordListPage({ kind, title, emptyText, actions, selectedId, onOpen }: Props) {
  const newest = useLiveQuery(() => listRecords(kind, LIST_LIMIT), [kind]);
  const total = useLiveQuery(() => countRecords(kind), [kind]);
  const beyondNewest =
    selectedId !== undefined && newest !== undefined && !newest.some((r) => r.id === selectedId);
  const found = useLiveQuery(
    async () => (beyondNewest && selectedId ? ((await getRecord(kind, selectedId)) ?? null) : null),
    [kind, selectedId, beyondNewest],
  );
  // useLiveQuery keeps its last answer while the next is read: only ever pin the selected record.
  const pinned = beyondNewest && found?.id === selectedId ? found : null;
  const records = newest && pinned ? [pinned, ...newest] : newest;
  const [deleting, setDeleting] = useState<AnyRecord | null>(null);
  // The members a donation or a studio names, read once for the whole list and kept live.
  const listed = LISTED_REFERENCES[kind];
  const names = useRecordNames(
    listed?.kind ?? kind,
    listed && records ? records.flatMap((record) => listed.ids(record)) : [],
  );
  // The page of the list shown; it moves to the selected record's page when one is selected
  // (a search result picked), so that the record is on screen rather than on another page.
  const [paging, setPaging] = useState<{ page: number; shownFor?: string }>({ page: 1 });
  const selectedIndex = records?.findIndex((record) => record.id === selectedId) ?? -1;
  if (selectedIndex >= 0 && paging.shownFor !== selectedId) {
    setPaging({ page: Math.floor(selectedIndex / PAGE_SIZE) + 1, shownFor: selectedId });
  } else if (selectedId === undefined && paging.shownFor !== undefined) {
    setPaging({ page: paging.page });
  }
  const selectedOnPage = selectedIndex >= 0 && paging.shownFor === selectedId;

  useEffect(() => {
    if (!selectedOnPage || !selectedId) return;
    document
      .querySelector(`tr[data-row-key="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedOnPage, selectedId]);

  if (records === undefined) return null;
  if (records.length === 0) {
    return (
      <EmptyPage title={title} description={emptyText}>
        {actions}
      </EmptyPage>
    );
  }
  const columns = [
    ...(recordColumns((id) => names?.get(id) ?? '')[kind] as object[]),
    {
      // Sample records never pass for real ones. The header is named for screen readers only.
      title: <span className="visually-hidden">标记</span>,
      key: 'sample',
      width: 64,
      render: (_: unknown, record: AnyRecord) =>
        record.id === pinned?.id ? (
          <Tag color="blue" title={`不在最新的 ${LIST_LIMIT} 条之内，由搜索打开`}>
            搜索
          </Tag>
        ) : record.sample ? (
          <Tag color="gold" title="示例数据，可在“设置”中一次移除">
            示例
          </Tag>
        ) : null,
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_: unknown, record: AnyRecord) => (
        <Button
          type="link"
          size="small"
          danger
          onClick={(event) => {
            event.stopPropagation();
            setDeleting(record);
          }}
        >
          删除
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="page-title">
      <div className="page-header">
        <PageHeading>{title}</PageHeading>
        {actions}
      </div>
      <Table<AnyRecord>
        rowKey="id"
        size="middle"
        dataSource={records}
        columns={columns as never}
        pagination={{
          pageSize: PAGE_SIZE,
          current: paging.page,
          onChange: (page) => setPaging((current) => ({ ...current, page })),
          showSizeChanger: false,
          showTotal: () => listTotal(total, newest?.length ?? 0, Boolean(pinned)),
        }}
        rowClassName={(record) => (record.id === selectedId ? 'ant-table-row-selected' : '')}
        onRow={(record) => ({ onDoubleClick: () => onOpen?.(record.id) })}
      />
      {deleting ? (
        <DeleteRecordDialog kind={kind} record={deleting} onClose={() => setDeleting(null)} />
      ) : null}
    </section>
  );
}

/** 共 N 条, and when the list holds only the newest, which ones it shows. */
function listTotal(total: number | undefined, newest: number, pinned: boolean): string {
  if (total === undefined || total <= newest) return `共 ${newest} 条`;
  return `共 ${total} 条，这里列出最新的 ${newest} 条${pinned ? '和搜索打开的 1 条' : ''}`;
}
