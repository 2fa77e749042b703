import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { dayAsPartialDate, localToday } from '../../../domain/donations/goodsPipeline';
import type { PartialDate } from '../../../domain/partialDate';
import type { GoodsStage } from '../../../domain/records/enums';
import {
  futureDateWarning,
  PartialDateInput,
  partialDateRule,
} from '../../records/PartialDateInput';
import type { CardInfo } from './GoodsCard';

/** What the dialog asks before a move: the stage's date, its 经办人 and a 说明. */
export interface MoveAnswers {
  date: PartialDate;
  operator: string;
  note: string;
}

interface Props {
  card: CardInfo;
  to: GoodsStage;
  /** The 经办人 proposed: the one of 设置. */
  operator: string;
  /** Saves the move; resolves to an error message to show, or null when it is done. */
  onMove: (answers: MoveAnswers) => Promise<string | null>;
  onClose: () => void;
}

const FORM_NAME = 'move-stage';

interface Values {
  date?: PartialDate | string;
  operator?: string;
  note?: string;
}

/** 移到“鉴定”: asks for the date (today unless said otherwise), 经办人 and 说明 of a move. */
export function MoveStageDialog({ card, to, operator, onMove, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || typeof values.date !== 'object') return;
    setSaving(true);
    try {
      const problem = await onMove({
        date: values.date,
        operator: values.operator ?? '',
        note: values.note ?? '',
      });
      setError(problem);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`移到“${to}”`}
      okText="确定"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (open) document.getElementById(`${FORM_NAME}_date`)?.focus();
      }}
    >
      <Typography.Paragraph>
        {card.title}：{itemsOf(card)}，从“{card.stage}”移到“{to}”。
      </Typography.Paragraph>
      <Form
        form={form}
        name={FORM_NAME}
        layout="vertical"
        initialValues={{ date: dayAsPartialDate(localToday()), operator }}
        // Enter in a one-line field saves, as in every dialog; in 说明 it starts a new line.
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.target instanceof HTMLTextAreaElement) return;
          event.preventDefault();
          void save();
        }}
      >
        <Form.Item
          label="日期"
          name="date"
          rules={[
            { required: true, message: '日期：不能为空' },
            partialDateRule('日期'),
            futureDateWarning('日期'),
          ]}
          extra="如 2024年3月5日"
        >
          <PartialDateInput />
        </Form.Item>
        <Form.Item
          label="经办人"
          name="operator"
          rules={[
            { required: true, whitespace: true, message: '经办人：不能为空' },
            { max: 40, message: '经办人：不能超过 40 个字' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="说明"
          name="note"
          rules={[{ max: 500, message: '说明：不能超过 500 个字' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Form>
    </Modal>
  );
}

function itemsOf(card: CardInfo): string {
  return card.donation.items.map((item) => item.name).join('、') || '物资';
}
