import { Button, DatePicker, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { ROUTE_OF_KIND } from '../../app/routes';
import { useHashRoute } from '../../app/useHashRoute';
import { auditFilterFromQuery, readAuditPage, type AuditFilter } from '../../db/auditLog';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_KIND_LABELS,
  AUDIT_KINDS,
  type AuditEntry,
} from '../../domain/records';
import { PageHeading } from '../../shared/PageHeading';
import { ListFilterBar, type ListFilterDef } from '../records/ListFilterBar';
import { AuditEntryDetail } from './AuditEntryDetail';

const PAGE_SIZE = 50;

const SELECT_FILTERS: readonly ListFilterDef[] = [
  {
    field: 'kind',
    label: '类型',
    options: AUDIT_KINDS.map((kind) => ({ value: kind, label: AUDIT_KIND_LABELS[kind] })),
  },
  {
    field: 'action',
    label: '操作',
    options: AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
  },
];

/** The chosen 类型 and 操作, as the filter bar takes them. */
function selectValues(filter: AuditFilter): Record<string, string> {
  const values: Record<string, string> = {};
  if (filter.kind) values.kind = filter.kind;
  if (filter.action) values.action = filter.action;
  return values;
}

/** 2026年11月29日 10:21:05, in the computer's own time zone. */
function formatWhen(at: string): string {
  return dayjs(at).format('YYYY年M月D日 HH:mm:ss');
}

const COLUMNS: ColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 170, render: formatWhen },
  { title: '经办人', dataIndex: 'operator', width: 110 },
  {
    title: '操作',
    dataIndex: 'action',
    width: 70,
    render: (action: AuditEntry['action']) => AUDIT_ACTION_LABELS[action],
  },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 100,
    render: (kind: AuditEntry['kind']) => AUDIT_KIND_LABELS[kind],
  },
  { title: '内容', dataIndex: 'summary' },
];

/**
 * A words filter taken on Enter. Keyed by the URL's value, so back and forward show theirs;
 * what is being typed is never replaced.
 */
function FilterSearch(props: {
  label: string;
  placeholder: string;
  width: number;
  value: string | undefined;
  onSearch: (value: string) => void;
}) {
  return (
    <Input.Search
      key={props.value ?? ''}
      aria-label={props.label}
      placeholder={props.placeholder}
      allowClear
      defaultValue={props.value}
      style={{ width: props.width }}
      onSearch={(value) => props.onSearch(value.trim())}
    />
  );
}

/**
 * 操作记录 (设置 → 操作记录): who changed what and when — records and 设置 alike — newest first,
 * each entry opening to what it changed, before and after: where a successor checks what was
 * done. The filters and the page number live in the URL, so back and forward keep them.
 */
export function AuditLogPage() {
  const { query, setQuery, navigate } = useHashRoute();
  const filter = auditFilterFromQuery(query);
  const page = Math.max(0, Number.parseInt(query.page ?? '1', 10) - 1 || 0);
  const result = useLiveQuery(
    () => readAuditPage(filter, page, PAGE_SIZE),
    // The query string names the filter and page exactly.
    [JSON.stringify(filter), page],
  );
  const change = (next: Record<string, string | undefined>) => {
    const merged: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...query, page: undefined, ...next })) {
      if (value) merged[key] = value;
    }
    setQuery(merged);
  };
  const filtered = Object.keys(filter).length > 0;

  return (
    <section aria-labelledby="page-title">
      <Space align="baseline" wrap>
        <PageHeading>操作记录</PageHeading>
        <Button type="link" onClick={() => navigate('settings')}>
          返回设置
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">
        每一次新增、修改、删除、恢复和导入，以及设置的每一次修改，都记在这里：谁、何时、改了什么。点开一行，可看修改前后的内容。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <FilterSearch
          label="经办人"
          placeholder="经办人"
          width={160}
          value={filter.operator}
          onSearch={(operator) => change({ operator })}
        />
        <FilterSearch
          label="关键词"
          placeholder="关键词，如姓名、标题"
          width={220}
          value={filter.text}
          onSearch={(text) => change({ text })}
        />
        <DatePicker.RangePicker
          aria-label="日期"
          placeholder={['开始日期', '结束日期']}
          value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
          allowEmpty={[true, true]}
          onChange={(days) =>
            change({
              from: days?.[0]?.format('YYYY-MM-DD'),
              to: days?.[1]?.format('YYYY-MM-DD'),
            })
          }
        />
        <ListFilterBar
          defs={SELECT_FILTERS}
          values={selectValues(filter)}
          onChange={(values) => change({ kind: values.kind, action: values.action })}
        />
      </Space>
      <div role="status" style={{ marginBottom: 8 }}>
        {result ? `${filtered ? '筛选出' : '共'} ${result.total} 条` : '正在读取…'}
      </div>
      <Table<AuditEntry>
        // Another filter or page is another list: nothing stays opened from the last one.
        key={`${JSON.stringify(filter)}-${page}`}
        rowKey="id"
        size="middle"
        columns={COLUMNS}
        dataSource={result?.entries}
        loading={!result}
        locale={{
          emptyText: (
            <span style={{ color: 'var(--text-tertiary)' }}>
              {filtered ? '没有符合筛选的操作记录' : '还没有操作记录'}
            </span>
          ),
        }}
        expandable={{
          expandedRowRender: (entry) => (
            <AuditEntryDetail
              entry={entry}
              onOpen={(kind) => navigate(ROUTE_OF_KIND[kind], entry.recordId)}
            />
          ),
          expandRowByClick: true,
          columnTitle: <span className="visually-hidden">展开</span>,
        }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: result?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (next) => change({ page: next > 1 ? String(next) : undefined }),
        }}
      />
    </section>
  );
}
