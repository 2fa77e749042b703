import { App as AntApp, Form, Input, Modal, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { putRates } from '../../db/rateTable';
import type { RateEntry } from '../../domain/money';
import {
  currencyLabel,
  rateDayText,
  rateKey,
  readRateRows,
  type RateRow,
} from '../../domain/rates/rateRows';

interface Props {
  /** The table as the user sees it: what a pasted rate replaces is checked against it. */
  table: readonly RateEntry[];
  onClose: () => void;
}

/** What a good pasted row does to the table. */
function effectOf(entry: RateEntry, table: readonly RateEntry[]): string {
  const existing = table.find((e) => rateKey(e) === rateKey(entry));
  if (!existing) return '新增';
  if (existing.rate === entry.rate) return '相同，不变';
  return `替换 ${existing.rate} → ${entry.rate}`;
}

/**
 * 粘贴汇率: rows copied from Excel or WPS (币种 · 日期 · 汇率, with or without a heading), each
 * shown with what it does or why it is refused; the good ones are added in one transaction.
 */
export function PasteRatesDialog({ table, onClose }: Props) {
  const { message } = AntApp.useApp();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const rows = useMemo(() => (text.trim() ? readRateRows(text) : []), [text]);
  const good = rows.flatMap((row) => ('entry' in row ? [row.entry] : []));
  const changes = good.filter((entry) => effectOf(entry, table) !== '相同，不变');
  const bad = rows.length - good.length;

  const submit = async () => {
    setSaving(true);
    try {
      const seen = new Map(
        changes.map((entry) => [
          rateKey(entry),
          table.find((e) => rateKey(e) === rateKey(entry))?.rate,
        ]),
      );
      await putRates(changes, seen, 'pasted');
      message.success(`已导入 ${changes.length} 条汇率`);
      onClose();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="粘贴汇率"
      width={720}
      okText={`导入 ${changes.length} 条`}
      cancelText="取消"
      okButtonProps={{ disabled: changes.length === 0 }}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item
          label="粘贴的表格"
          htmlFor="pasted-rates"
          extra="从 Excel 或 WPS 复制三列：币种、起始日期、汇率（1 单位外币折合人民币），可带标题行。"
        >
          <Input.TextArea
            id="pasted-rates"
            rows={5}
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={'港币\t2020-02-01\t0.9013\n美元\t2020年2月1日\t6.9249'}
          />
        </Form.Item>
      </Form>
      {rows.length > 0 ? (
        <>
          <Typography.Paragraph role="status">
            {`共 ${rows.length} 行：${changes.length} 条将导入` +
              (good.length > changes.length
                ? `，${good.length - changes.length} 条与现有相同`
                : '') +
              (bad > 0 ? `，${bad} 行有误，不导入` : '')}
          </Typography.Paragraph>
          <Table<RateRow>
            aria-label="粘贴预览"
            size="small"
            rowKey="line"
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={rows}
            columns={[
              { title: '行', dataIndex: 'line', width: 56 },
              {
                title: '币种',
                key: 'currency',
                render: (_, row) =>
                  'entry' in row ? currencyLabel(row.entry.currency) : (row.cells[0] ?? ''),
              },
              {
                title: '起始日期',
                key: 'from',
                render: (_, row) =>
                  'entry' in row ? rateDayText(row.entry.from) : (row.cells[1] ?? ''),
              },
              {
                title: '汇率',
                key: 'rate',
                render: (_, row) => ('entry' in row ? row.entry.rate : (row.cells[2] ?? '')),
              },
              {
                title: '结果',
                key: 'effect',
                render: (_, row) =>
                  'entry' in row ? (
                    effectOf(row.entry, table)
                  ) : (
                    <Typography.Text type="danger">{row.error}</Typography.Text>
                  ),
              },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
