import {
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  Popconfirm,
  Select,
  Table,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { putRates, readRateTable, removeRate } from '../../db/rateTable';
import { CURRENCIES, CURRENCY_CODES, type CurrencyCode } from '../../domain/currencies';
import { parseRate, type RateEntry } from '../../domain/money';
import { currencyLabel, rateDayText, rateKey, readRateDate } from '../../domain/rates/rateRows';
import { useLeaveGuard } from '../../app/useLeaveGuard';
import { PasteRatesDialog } from './PasteRatesDialog';
import { showsSettingsCards } from './settingsGuard';

const FOREIGN = CURRENCY_CODES.filter((code) => code !== 'CNY');
const CURRENCY_OPTIONS = FOREIGN.map((code) => ({ value: code, label: currencyLabel(code) }));

interface AddValues {
  currency?: CurrencyCode;
  from: string;
  rate: string;
}

/**
 * 设置 → 汇率: the rates to CNY a donation in another currency is converted with, by the day they
 * take effect. Replacing a rate asks first and is checked against what the user saw.
 */
export function RatesCard() {
  const table = useLiveQuery(readRateTable, []);
  const { message, modal } = AntApp.useApp();
  const [form] = Form.useForm<AddValues>();
  const [pasting, setPasting] = useState(false);
  // A rate typed and not yet added is work too: leaving 设置 asks first.
  useLeaveGuard(
    '新汇率',
    () => {
      const typed = (name: 'from' | 'rate') => {
        const value: unknown = form.getFieldValue(name);
        return typeof value === 'string' && value.trim() !== '';
      };
      return typed('from') || typed('rate');
    },
    showsSettingsCards,
  );

  const save = async (entry: RateEntry, seen: string | undefined) => {
    await putRates([entry], new Map([[rateKey(entry), seen]]));
    form.resetFields(['from', 'rate']);
    message.success(
      `已${seen === undefined ? '添加' : '修改'}${CURRENCIES[entry.currency].name}汇率`,
    );
  };

  const add = async (values: AddValues) => {
    const from = readRateDate(values.from);
    const rate = parseRate(values.rate);
    const errors = [
      { name: 'from' as const, errors: from.ok ? [] : [from.message] },
      { name: 'rate' as const, errors: rate.ok ? [] : [rate.message] },
    ];
    form.setFields(errors);
    if (!from.ok || !rate.ok || !values.currency) return;
    const entry: RateEntry = { currency: values.currency, from: from.value, rate: rate.value };
    const existing = table?.find((e) => rateKey(e) === rateKey(entry));
    try {
      if (existing?.rate === entry.rate) {
        message.info('这条汇率已在表中');
        return;
      }
      if (existing) {
        const confirmed = await modal.confirm({
          title: '替换这条汇率？',
          content: `${currencyLabel(entry.currency)} ${rateDayText(entry.from)}起的汇率现为 ${existing.rate}，改为 ${entry.rate}。已登记的捐赠不受影响。`,
          okText: '替换',
          cancelText: '取消',
        });
        if (!confirmed) return;
      }
      await save(entry, existing?.rate);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };

  const remove = async (entry: RateEntry) => {
    try {
      await removeRate(entry);
      message.success(
        `已删除${CURRENCIES[entry.currency].name} ${rateDayText(entry.from)}起的汇率`,
      );
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Card title="汇率" extra={<Button onClick={() => setPasting(true)}>粘贴导入</Button>}>
      <p>
        每种外币按起始日期记一条汇率（1
        单位外币折合多少人民币）。登记外币捐赠时，取捐赠日期当天有效的汇率；以后修改汇率，不会改变已登记的捐赠。
      </p>
      <Form<AddValues>
        form={form}
        layout="inline"
        onFinish={(values) => void add(values)}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item label="币种" name="currency" rules={[{ required: true, message: '请选择币种' }]}>
          <Select<CurrencyCode>
            options={CURRENCY_OPTIONS}
            style={{ width: 150 }}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          label="起始日期"
          name="from"
          rules={[{ required: true, whitespace: true, message: '请填写起始日期' }]}
        >
          <Input placeholder="2020年2月1日" style={{ width: 130 }} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="汇率"
          name="rate"
          rules={[{ required: true, whitespace: true, message: '请填写汇率' }]}
        >
          <Input placeholder="0.9213" style={{ width: 110 }} autoComplete="off" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            添加
          </Button>
        </Form.Item>
      </Form>
      <Table<RateEntry>
        aria-label="汇率表"
        size="small"
        rowKey={rateKey}
        dataSource={table ?? []}
        loading={table === undefined}
        pagination={(table?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{
          // A node, not a string: antd greys a string out below the contrast DESIGN.md §6 asks.
          emptyText: (
            <Typography.Text type="secondary">
              还没有汇率。登记外币捐赠前，请先添加该币种的汇率。
            </Typography.Text>
          ),
        }}
        columns={[
          {
            title: '币种',
            dataIndex: 'currency',
            render: (code: CurrencyCode) => currencyLabel(code),
          },
          { title: '起始日期', dataIndex: 'from', render: (from: string) => rateDayText(from) },
          {
            title: '汇率（折合人民币）',
            dataIndex: 'rate',
            align: 'right',
            render: (rate: string, entry) => `1 ${CURRENCIES[entry.currency].name} = ${rate} 元`,
          },
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_, entry) => (
              <Popconfirm
                title={`删除${CURRENCIES[entry.currency].name} ${rateDayText(entry.from)}起的汇率？`}
                okText="删除"
                cancelText="取消"
                onConfirm={() => remove(entry)}
              >
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {pasting ? <PasteRatesDialog table={table ?? []} onClose={() => setPasting(false)} /> : null}
    </Card>
  );
}
