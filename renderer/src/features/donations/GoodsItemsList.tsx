import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { formatMoney, type Money } from '../../domain/money';
import { CountInput, countRule } from '../records/CountInput';
import { PartialDateInput, partialDateRule } from '../records/PartialDateInput';
import { AmountInput, amountRule } from './AmountInput';
import './goodsItems.css';

const POSITIVE = { min: { value: 0, inclusive: false } };

/** The columns of a goods row, named once above them, as a sheet's header row names its columns. */
const HEADINGS = ['名称', '规格', '数量', '单位', '估值', '有效期'] as const;

/**
 * 物资明细: a row per item — 名称, 规格, 数量, 单位, 估值, 有效期 — under one header line, in a grid
 * whose 名称 and 规格 take the room the others leave, so that 医用外科口罩（一次性） and a full date
 * are read whole; and the total of the 估值, per currency (HK$8,000,000.00 + ¥20,000.00).
 */
export function GoodsItemsList({ total }: { total: readonly Money[] }) {
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Form.Item label="物资明细" required>
          <div className="goods-items">
            {fields.length > 0 ? (
              // The inputs are named by their row and column for screen readers; this is for the eye.
              <div className="goods-row goods-head" aria-hidden="true">
                {HEADINGS.map((heading) => (
                  <span key={heading}>{heading}</span>
                ))}
              </div>
            ) : null}
            {fields.map((field, index) => {
              const n = index + 1;
              return (
                <div key={field.key} className="goods-row">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '名称：不能为空' }]}
                  >
                    <Input aria-label={`第${n}项 名称`} placeholder="医用外科口罩" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'spec']}>
                    <Input aria-label={`第${n}项 规格`} placeholder="50只/盒" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    rules={[countRule('数量', POSITIVE, true)]}
                  >
                    <CountInput aria-label={`第${n}项 数量`} placeholder="2万" bounds={POSITIVE} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unit']}>
                    <Input aria-label={`第${n}项 单位`} placeholder="盒" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'value']} rules={[amountRule('估值')]}>
                    <AmountInput aria-label={`第${n}项 估值`} placeholder="如 2万" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'expiry']} rules={[partialDateRule('有效期')]}>
                    <PartialDateInput aria-label={`第${n}项 有效期`} placeholder="2027年6月" />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={`删除第${n}项物资`}
                    onClick={() => remove(field.name)}
                  />
                </div>
              );
            })}
            <div className="goods-foot">
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                添加物资
              </Button>
              <span role="status">
                {total.length > 0 ? `估值合计 ${total.map(formatMoney).join(' + ')}` : '估值合计 —'}
              </span>
            </div>
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}
