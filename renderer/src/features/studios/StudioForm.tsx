import { App as AntApp, Form, Input, Select, Switch } from 'antd';
import type { PartialDate } from '../../domain/partialDate';
import { STUDIO_TYPES, type Studio } from '../../domain/records';
import { futureDateWarning, PartialDateInput, partialDateRule } from '../records/PartialDateInput';
import { RecordFormDrawer } from '../records/RecordFormDrawer';
import { useRecordEditor } from '../records/useRecordEditor';
import { usePersonNameMatcher } from '../records/usePersonNameMatcher';
import { useRecordOptions } from '../records/useRecordOptions';
import { SELECT_CLEAR } from '../../shared/selectClear';

export interface Props {
  /** The studio to edit, null for 新增. */
  studioId: string | null;
  /** That studio as stored now, kept live (a tombstone too); undefined while it loads. */
  studio: Studio | null | undefined;
  /** Closes the form; with the record's id when it was saved. */
  onClose: (savedId?: string) => void;
}

type Values = Partial<
  Omit<Studio, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt' | 'foundedDate'>
> & { foundedDate?: PartialDate | string };

const DEFAULTS = { onCloud: false, leaderIds: [], memberIds: [], honors: [] };

/**
 * 新增 / 编辑工作室, in the drawer every record form shares. The shared edit cycle: what is typed is kept as a draft, the form saves
 * against the revision it opened, and a studio changed meanwhile is never overwritten silently.
 */
export function StudioForm({ studioId, studio, onClose }: Props) {
  const matchesPersonName = usePersonNameMatcher();
  const [form] = Form.useForm<Values>();
  const { message } = AntApp.useApp();
  const leaders = (Form.useWatch('leaderIds', form) as string[] | undefined) ?? [];
  const residents = (Form.useWatch('memberIds', form) as string[] | undefined) ?? [];
  // Every member, and a deleted one still chosen as 「姓名（已删除）」.
  const memberOptions = useRecordOptions('member', [...leaders, ...residents]);
  const title = studio ? `编辑工作室：${studio.name}` : '新增工作室';
  const editor = useRecordEditor({
    kind: 'studio',
    form: 'studio',
    instance: form,
    recordId: studioId,
    current: studioId ? studio : null,
    title,
    defaults: DEFAULTS,
    names: (id) => memberOptions?.find((option) => option.value === id)?.label,
    onSaved: (created, id) => {
      message.success(created ? '已新增工作室' : '已保存修改');
      onClose(id);
    },
  });

  const memberPicker = (
    <Select
      mode="multiple"
      allowClear={SELECT_CLEAR}
      placeholder="输入姓名、拼音或首字母查找"
      // Names as people type them: 繁简, pinyin and initials with surname readings (sgh → 单国华).
      filterOption={(input, option) =>
        matchesPersonName(input, option?.label ?? '', option?.otherNames ?? [])
      }
      options={memberOptions ?? []}
    />
  );

  return (
    <RecordFormDrawer<Values>
      title={title}
      form={form}
      editor={editor}
      onClose={onClose}
      width={560}
    >
      <Form.Item
        label="名称"
        name="name"
        rules={[{ required: true, whitespace: true, message: '名称：不能为空' }]}
      >
        <Input autoFocus autoComplete="off" placeholder="如：民革界别委员工作室" />
      </Form.Item>
      <Form.Item
        label="类型"
        name="type"
        rules={[{ required: true, message: '类型：请选择专委会、界别或委员特色' }]}
        extra="“1+7+N”矩阵：专委会工作室、界别工作室、委员特色工作室"
      >
        {/* A Select, not radio buttons: an option 界别 would share its name with the 界别 field. */}
        <Select options={STUDIO_TYPES.map((value) => ({ value, label: value }))} />
      </Form.Item>
      <Form.Item label="界别" name="sector">
        <Input autoComplete="off" placeholder="如：民革、致公党、侨联" />
      </Form.Item>
      <Form.Item
        label="成立日期"
        name="foundedDate"
        rules={[partialDateRule('成立日期'), futureDateWarning('成立日期')]}
        extra="如 2021年4月15日、2021年4月 或 2021年初"
      >
        <PartialDateInput />
      </Form.Item>
      <Form.Item label="负责委员" name="leaderIds">
        {memberPicker}
      </Form.Item>
      <Form.Item label="入驻委员" name="memberIds">
        {memberPicker}
      </Form.Item>
      <Form.Item label="入驻政协云" name="onCloud" valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      <Form.Item label="荣誉" name="honors" extra="如 全国杰出委员工作室；回车分隔">
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item label="简介" name="intro">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
