import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography, type FormRule } from 'antd';
import { FIELD_LABELS } from '../../domain/records';
import { CountInput, countRule } from '../records/CountInput';
import { outcomeRowIsEmpty } from './activityFormValues';

const L = FIELD_LABELS.activity;

/**
 * A row's 指标 and 数值 are asked for once anything of the row is filled in: a row added and left
 * empty is left out when the activity is saved, not a reason to refuse it.
 */
function neededInFilledRow(row: number, message: string, whitespace = false): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_, value: unknown) => {
      if (outcomeRowIsEmpty(getFieldValue(['outcomes', row]))) return;
      const missing =
        value === undefined || value === null || (whitespace && String(value).trim() === '');
      if (missing) throw new Error(message);
    },
  });
}

/**
 * 成果: rows of 指标 · 数值 · 单位 (签约项目 60 个, 投资总额 325 亿元), added and removed. Each input
 * is named with its row (「成果1 指标」), so that rows are told apart.
 */
export function OutcomesField() {
  return (
    <Form.List name="outcomes">
      {(rows, { add, remove }) => (
        <fieldset className="outcomes">
          <legend className="ant-form-item-label outcomes-legend">{L.outcomes}</legend>
          {rows.length === 0 ? (
            <Typography.Text type="secondary">还没有成果，如：签约项目 60 个。</Typography.Text>
          ) : null}
          {rows.map((row, index) => {
            const name = `${L.outcomes}${index + 1}`;
            return (
              <div key={row.key} className="outcome-row">
                <Form.Item
                  name={[row.name, 'indicator']}
                  rules={[
                    neededInFilledRow(
                      row.name,
                      `${name}·${L['outcomes.indicator']}：不能为空`,
                      true,
                    ),
                  ]}
                  className="outcome-indicator"
                >
                  <Input
                    aria-label={`${name} ${L['outcomes.indicator']}`}
                    placeholder="指标，如 签约项目"
                    autoComplete="off"
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'value']}
                  rules={[
                    neededInFilledRow(row.name, `${name}·${L['outcomes.value']}：请填写数字`),
                    countRule(`${name}·${L['outcomes.value']}`),
                  ]}
                  className="outcome-value"
                >
                  <CountInput aria-label={`${name} ${L['outcomes.value']}`} placeholder="数值" />
                </Form.Item>
                <Form.Item name={[row.name, 'unit']} className="outcome-unit">
                  <Input
                    aria-label={`${name} ${L['outcomes.unit']}`}
                    placeholder="单位，如 个"
                    autoComplete="off"
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`移除${name}`}
                  onClick={() => remove(row.name)}
                />
              </div>
            );
          })}
          <Button icon={<PlusOutlined />} onClick={() => add({})}>
            添加成果
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
