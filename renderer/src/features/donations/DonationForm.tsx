import { Alert, App as AntApp, Button, Checkbox, Form, Input, Select, Switch } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { readRateTable } from '../../db/rateTable';
import { UNNAMED_DONOR } from '../../domain/donations/publishedSummary';
import { sumByCurrency, type Money } from '../../domain/money';
import { formatIsoDay, type PartialDate } from '../../domain/partialDate';
import { cnyMinorOf, suggestRate } from '../../domain/rates/conversion';
import {
  DONATION_DIRECTIONS,
  DONATION_KINDS,
  DONATION_PURPOSES,
  type Donation,
  type RecordSnapshot,
} from '../../domain/records';
import { AttachmentsField } from '../attachments/AttachmentsField';
import { ThankYouLetterButton } from '../documents/ThankYouLetterButton';
import { futureDateWarning, PartialDateInput, partialDateRule } from '../records/PartialDateInput';
import { RecordFormDrawer } from '../records/RecordFormDrawer';
import { useRecordEditor } from '../records/useRecordEditor';
import { useRecordOptions } from '../records/useRecordOptions';
import { AmountInput, amountRule, moneyOf, type AmountValue } from './AmountInput';
import { CnyAmountInput, cnyAmountRule } from './CnyAmountInput';
import { DonorsInput } from './DonorsInput';
import { GoodsItemsList } from './GoodsItemsList';
import { SELECT_CLEAR } from '../../shared/selectClear';

export interface Props {
  /** The donation to edit, null for 新增. */
  donationId: string | null;
  /** That donation as stored now, kept live (a tombstone too); undefined while it loads. */
  donation: Donation | null | undefined;
  /** Closes the form; with the record's id when it was saved. */
  onClose: (savedId?: string) => void;
}

/** A 数量 is more than nothing: 0 or less is refused at its field. */
const DEFAULTS = {
  kind: '资金',
  donors: [],
  items: [],
  confidential: false,
  inTimeline: false,
  amount: { text: '', currency: 'CNY' },
};

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** What the form holds for amounts and dates before they read as such. */
type DateValue = PartialDate | string | undefined;

/**
 * The form's values as the record's input: amounts not (yet) read as money are left out — set to
 * undefined, so that the base's value does not show through — and 资金 carries no goods.
 */
function toInput(values: RecordSnapshot): RecordSnapshot {
  const items = Array.isArray(values.items) ? (values.items as RecordSnapshot[]) : [];
  const cny = values.cnyAmountMinor;
  const rate = typeof values.rate === 'string' ? values.rate.trim() : undefined;
  return {
    ...values,
    amount: moneyOf(values.amount as AmountValue | undefined),
    rate: rate ? rate : undefined,
    cnyAmountMinor: typeof cny === 'number' ? cny : undefined,
    items:
      values.kind === '资金'
        ? []
        : items.map((item) => ({ ...item, value: moneyOf(item.value as AmountValue | undefined) })),
  };
}

/**
 * 新增 / 编辑捐赠, in the drawer every record form shares: 资金 in its own currency with the rate
 * of its day and 折合人民币, or 物资 line by line with their 估值; the donors, where it went and
 * the papers. Drafts, Enter to the next field, Ctrl+S, and a donation changed meanwhile is never
 * overwritten silently.
 */
export function DonationForm({ donationId, donation, onClose }: Props) {
  const [form] = Form.useForm();
  const { message } = AntApp.useApp();
  const kind = Form.useWatch('kind', form) as string | undefined;
  const amount = Form.useWatch('amount', form) as AmountValue | undefined;
  const date = Form.useWatch('date', form) as DateValue;
  const rate = Form.useWatch('rate', form) as string | undefined;
  const items = (Form.useWatch('items', form) as { value?: AmountValue }[] | undefined) ?? [];
  const inTimeline = Form.useWatch('inTimeline', form) as boolean | undefined;
  const confidential = Form.useWatch('confidential', form) as boolean | undefined;
  const campaignId = Form.useWatch('campaignId', form) as string | undefined;
  const campaigns = useRecordOptions('campaign', campaignId ? [campaignId] : []);
  const rates = useLiveQuery(readRateTable, []);
  const title = donation ? '编辑捐赠' : '新增捐赠';
  const editor = useRecordEditor({
    kind: 'donation',
    form: 'donation',
    instance: form,
    recordId: donationId,
    current: donationId ? donation : null,
    title,
    defaults: DEFAULTS,
    toInput,
    onSaved: (created, id) => {
      message.success(created ? '已新增捐赠' : '已保存修改');
      onClose(id);
    },
  });

  const money = moneyOf(amount);
  const currency = amount?.currency ?? 'CNY';
  const foreign = kind === '资金' && currency !== 'CNY';
  const suggestion =
    rates && foreign
      ? suggestRate(rates, currency, typeof date === 'object' ? date : undefined)
      : undefined;

  // A new donation takes the rate of its day from the table until the user types one; a stored
  // one keeps the rate it was recorded with unless the user asks to recompute.
  const rateTyped = useRef(donationId !== null);
  const cnyTyped = useRef(donationId !== null);
  useEffect(() => {
    if (!foreign || rateTyped.current) return;
    const next = suggestion?.kind === 'found' ? suggestion.rate : undefined;
    if (next !== form.getFieldValue('rate')) form.setFieldValue('rate', next);
  }, [foreign, suggestion, form]);
  useEffect(() => {
    if (kind !== '资金' || cnyTyped.current) return;
    const next = cnyMinorOf(money, currency === 'CNY' ? undefined : rate?.trim());
    if (next !== form.getFieldValue('cnyAmountMinor')) form.setFieldValue('cnyAmountMinor', next);
  }, [kind, money, currency, rate, form]);

  const recompute = () => {
    if (suggestion?.kind !== 'found') return;
    rateTyped.current = false;
    cnyTyped.current = false;
    form.setFieldValue('rate', suggestion.rate);
    form.setFieldValue('cnyAmountMinor', cnyMinorOf(money, suggestion.rate));
  };

  // One total per currency: goods valued in 港币 (a gift from Hong Kong) are not added to 元.
  const goodsTotal: Money[] = [
    ...sumByCurrency(
      items.flatMap((item) => {
        const value = moneyOf(item.value);
        return value ? [value] : [];
      }),
    ),
  ].map(([currency, amountMinor]) => ({ currency, amountMinor }));

  return (
    <RecordFormDrawer
      title={title}
      form={form}
      editor={editor}
      onClose={onClose}
      width={820}
      headerActions={
        donation && !donation.deletedAt ? <ThankYouLetterButton donation={donation} /> : undefined
      }
    >
      <Form.Item
        label="捐赠类型"
        name="kind"
        rules={[{ required: true, message: '捐赠类型：请选择资金或物资' }]}
      >
        <Select showSearch options={options(DONATION_KINDS)} autoFocus />
      </Form.Item>
      <Form.Item
        label="捐赠方"
        name="donors"
        rules={[
          {
            validator: (_, value: unknown[] | undefined) =>
              value && value.length > 0
                ? Promise.resolve()
                : Promise.reject(new Error('捐赠方：至少填写一位')),
          },
        ]}
      >
        <DonorsInput />
      </Form.Item>
      <Form.Item
        label="捐赠日期"
        name="date"
        rules={[
          { required: true, message: '捐赠日期：不能为空' },
          partialDateRule('捐赠日期'),
          futureDateWarning('捐赠日期'),
        ]}
        extra="如 2020年2月1日、2020年2月 或 2020年初"
      >
        <PartialDateInput />
      </Form.Item>
      {kind === '物资' ? (
        <>
          <GoodsItemsList total={goodsTotal} />
        </>
      ) : (
        <>
          <Form.Item label="金额" name="amount" rules={[amountRule('金额', true)]}>
            <AmountInput withCurrency />
          </Form.Item>
          {foreign ? (
            <>
              <Form.Item
                label="汇率"
                name="rate"
                rules={[{ required: true, whitespace: true, message: '汇率：外币金额须填写汇率' }]}
                extra={`1 单位外币折合多少人民币`}
              >
                <Input
                  autoComplete="off"
                  inputMode="decimal"
                  onChange={() => {
                    rateTyped.current = true;
                    cnyTyped.current = false;
                  }}
                />
              </Form.Item>
              <RateNotice
                suggestion={suggestion}
                rate={rate}
                onRecompute={donationId !== null ? recompute : undefined}
              />
              <Form.Item
                label="折合人民币"
                name="cnyAmountMinor"
                rules={[
                  { required: true, message: '折合人民币：外币金额须填写折合人民币' },
                  cnyAmountRule,
                ]}
              >
                <CnyAmountInput
                  onChange={() => {
                    cnyTyped.current = true;
                  }}
                />
              </Form.Item>
            </>
          ) : null}
        </>
      )}
      <Form.Item label="受赠方" name="recipient">
        <Input autoComplete="off" placeholder="如：桂东县青竹村" />
      </Form.Item>
      <Form.Item
        label="开票单位"
        name="receiptIssuer"
        extra="开具捐赠票据的法定受赠单位，如某慈善基金会"
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="定向/非定向" name="direction">
        <Select allowClear={SELECT_CLEAR} showSearch options={options(DONATION_DIRECTIONS)} />
      </Form.Item>
      <Form.Item label="用途" name="purpose">
        <Select allowClear={SELECT_CLEAR} showSearch options={options(DONATION_PURPOSES)} />
      </Form.Item>
      <Form.Item label="所属专项" name="campaignId">
        <Select
          allowClear={SELECT_CLEAR}
          showSearch={{ optionFilterProp: 'label' }}
          options={campaigns ?? []}
        />
      </Form.Item>
      <Form.Item label="票据号" name="receiptNo">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="捐赠证书号" name="certificateNo">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="致谢情况" name="acknowledgement">
        <Input autoComplete="off" placeholder="如：已寄感谢信" />
      </Form.Item>
      <Form.Item
        label="保密"
        name="confidential"
        valuePropName="checked"
        extra="捐赠方不愿具名：公开的文件中默认不列出"
      >
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      {/* A box to tick, as in the activity form. */}
      <Form.Item name="inTimeline" valuePropName="checked">
        <Checkbox>列入大事记</Checkbox>
      </Form.Item>
      {inTimeline ? (
        <Form.Item
          label="大事记摘要"
          name="timelineSummary"
          extra={
            confidential
              ? `捐赠方要求保密：时间轴和年度文件中，摘要里捐赠方的名字写作“${UNNAMED_DONOR}”`
              : undefined
          }
          rules={[
            { required: true, whitespace: true, message: '大事记摘要：列入大事记时不能为空' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      ) : null}
      <Form.Item label="附件" name="attachments">
        <AttachmentsField />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </RecordFormDrawer>
  );
}

/** What the rate table says about the rate: where it came from, or why the user must type it. */
function RateNotice({
  suggestion,
  rate,
  onRecompute,
}: {
  suggestion: ReturnType<typeof suggestRate> | undefined;
  rate: string | undefined;
  onRecompute: (() => void) | undefined;
}) {
  if (!suggestion || suggestion.kind === 'cny') return null;
  if (suggestion.kind === 'missing') {
    return <Alert type="warning" showIcon title={suggestion.reason} style={{ marginBottom: 16 }} />;
  }
  const differs = rate !== undefined && rate.trim() !== '' && rate.trim() !== suggestion.rate;
  return (
    <Alert
      type={suggestion.stale && !differs ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        differs
          ? `汇率表中${formatIsoDay(suggestion.from)}起为 ${suggestion.rate}，与本笔所记不同`
          : suggestion.stale
            ? `按汇率表${formatIsoDay(suggestion.from)}起的汇率 ${suggestion.rate}：比捐赠日期早一年以上，请核对；新的汇率可在“设置 → 汇率”中添加`
            : `按汇率表${formatIsoDay(suggestion.from)}起的汇率 ${suggestion.rate}`
      }
      action={
        differs && onRecompute ? (
          <Button size="small" onClick={onRecompute}>
            按汇率表重新计算
          </Button>
        ) : undefined
      }
    />
  );
}
