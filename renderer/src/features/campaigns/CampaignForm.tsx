import { App as AntApp, Form, Input } from 'antd';
import type { PartialDate } from '../../domain/partialDate';
import type { Campaign } from '../../domain/records';
import { PartialDateInput, partialDateRule } from '../records/PartialDateInput';
import { RecordFormDrawer } from '../records/RecordFormDrawer';
import { useRecordEditor } from '../records/useRecordEditor';

export interface Props {
  /** The 专项 to edit, null for 新增. */
  campaignId: string | null;
  /** That 专项 as stored now, kept live (a tombstone too); null for 新增. */
  campaign: Campaign | null;
  /** Closes the form; with the record's id when it was saved. */
  onClose: (savedId?: string) => void;
}

interface Values {
  name?: string;
  period?: { start?: PartialDate | string; end?: PartialDate | string };
  description?: string;
}

const DEFAULTS = { period: {} };

/** 新增 / 编辑专项, on the edit cycle every record form shares. */
export function CampaignForm({ campaignId, campaign, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = AntApp.useApp();
  const title = campaign ? `编辑专项：${campaign.name}` : '新增专项';
  const editor = useRecordEditor({
    kind: 'campaign',
    form: 'campaign',
    instance: form,
    recordId: campaignId,
    current: campaignId ? campaign : null,
    title,
    defaults: DEFAULTS,
    onSaved: (created, id) => {
      message.success(created ? '已新增专项' : '已保存修改');
      onClose(id);
    },
  });
  return (
    <RecordFormDrawer<Values>
      title={title}
      form={form}
      editor={editor}
      onClose={onClose}
      width={520}
    >
      <Form.Item
        label="名称"
        name="name"
        rules={[{ required: true, whitespace: true, message: '名称：不能为空' }]}
      >
        <Input autoFocus autoComplete="off" placeholder="如：新冠肺炎疫情防控" />
      </Form.Item>
      <Form.Item
        label="开始日期"
        name={['period', 'start']}
        rules={[partialDateRule('开始日期')]}
        extra="如 2020年1月、2021年初"
      >
        <PartialDateInput />
      </Form.Item>
      <Form.Item
        label="结束日期"
        name={['period', 'end']}
        rules={[partialDateRule('结束日期')]}
        extra="尚在进行的专项可不填"
      >
        <PartialDateInput />
      </Form.Item>
      <Form.Item label="说明" name="description">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
