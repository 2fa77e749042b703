import { App as AntApp, Button, Card, Form, InputNumber, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readStageLimitDays, saveStageLimitDays } from '../../../db/goodsPipeline';
import { STAGE_LIMIT_RANGE } from '../../../domain/donations/goodsPipeline';
import { useLeaveGuard } from '../../../app/useLeaveGuard';
import { showsSettingsCards } from '../../settings/settingsGuard';

interface Values {
  days?: number | null;
}

/** 设置 → 物资流转: after how many days at one stage goods are flagged 超期 on the board and 总览. */
export function StageLimitCard() {
  const saved = useLiveQuery(readStageLimitDays, []);
  const [form] = Form.useForm<Values>();
  const { message } = AntApp.useApp();
  useEffect(() => {
    if (saved !== undefined && !form.isFieldTouched('days')) form.setFieldsValue({ days: saved });
  }, [saved, form]);
  useLeaveGuard(
    '阶段超期天数',
    () => {
      const typed: unknown = form.getFieldValue('days');
      return saved !== undefined && typed !== undefined && typed !== saved;
    },
    showsSettingsCards,
  );
  const save = async ({ days }: Values) => {
    try {
      await saveStageLimitDays(days ?? NaN);
      message.success(`已保存：在一个阶段停留超过 ${days} 天的物资标为超期`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  const { min, max } = STAGE_LIMIT_RANGE;
  return (
    <Card title="物资流转">
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          label="阶段超期天数"
          extra="物资在鉴定、报关、运输等任一阶段停留超过这个天数，看板和总览上标为“超期”。"
        >
          <Space>
            <Form.Item
              name="days"
              noStyle
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min,
                  max,
                  message: `阶段超期天数：应为 ${min} 至 ${max} 之间的整数`,
                },
              ]}
            >
              <InputNumber
                aria-label="阶段超期天数"
                min={min}
                max={max}
                precision={0}
                suffix="天"
              />
            </Form.Item>
            <Button htmlType="submit">保存天数</Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
