import { App as AntApp, Button, Drawer, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { MEMBER_CATEGORIES, MEMBER_STATUSES, type Member } from '../../domain/records';
import { listRecords } from '../../db/queries';
import { RecordValidationError } from '../../db/repositories/recordErrors';
import { createRecord, updateRecord } from '../../db/repositories/recordRepository';
import { useFormDraft } from '../drafts/useFormDraft';

interface Props {
  /** The member to edit; null for 新增. */
  member: Member | null;
  onClose: () => void;
}

type Values = Partial<Omit<Member, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt'>>;

/** 新增 / 编辑委员. What is typed is kept as a draft until it is saved. */
export function MemberForm({ member, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = AntApp.useApp();
  const studios = useLiveQuery(() => listRecords('studio'), []);
  const title = member ? `编辑委员：${member.name}` : '新增委员';
  const draft = useFormDraft(form, { form: 'member', recordId: member?.id ?? null, title });

  useEffect(() => {
    if (member) form.setFieldsValue(member);
  }, [member, form]);

  const save = async (values: Values) => {
    try {
      const input = { status: '在任', otherNames: [], studioIds: [], ...values };
      if (member) await updateRecord('member', member.id, input, member.rev);
      else await createRecord('member', input);
      await draft.discard();
      message.success(member ? '已保存修改' : '已新增委员');
      onClose();
    } catch (error) {
      if (error instanceof RecordValidationError) {
        form.setFields(
          error.issues.map((issue) => ({
            name: issue.field.split('.') as never,
            errors: [issue.message],
          })),
        );
      } else {
        message.error(error instanceof Error ? error.message : String(error));
      }
    }
  };

  return (
    <Drawer
      open
      title={title}
      width={560}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {draft.savedAt
              ? `草稿已保存 ${draft.savedAt.toLocaleTimeString('zh-CN')}`
              : draft.restored
                ? '已恢复草稿'
                : ''}
          </Typography.Text>
        </Space>
      }
      footer={
        <Space style={{ float: 'right' }}>
          <Button
            onClick={async () => {
              await draft.discard();
              onClose();
            }}
          >
            放弃草稿
          </Button>
          <Button type="primary" onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        onValuesChange={draft.onValuesChange}
        initialValues={{ status: '在任' }}
      >
        <Form.Item
          label="姓名"
          name="name"
          rules={[{ required: true, whitespace: true, message: '姓名：不能为空' }]}
        >
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="其他写法"
          name="otherNames"
          extra="繁体、英文或曾用名，如 陳美玲、Chan Mei Ling；回车分隔"
        >
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item label="类别" name="category">
          <Select
            allowClear
            options={MEMBER_CATEGORIES.map((value) => ({ value, label: value }))}
          />
        </Form.Item>
        <Form.Item label="界别" name="sector">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="届次" name="term">
          <Input placeholder="如：十二届" autoComplete="off" />
        </Form.Item>
        <Form.Item label="所在地" name="location">
          <Input placeholder="如：香港" autoComplete="off" />
        </Form.Item>
        <Form.Item label="工作单位及职务" name="workplace">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="联系电话" name="phone">
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item label="电子邮箱" name="email">
          <Input autoComplete="off" inputMode="email" />
        </Form.Item>
        <Form.Item label="所属工作室" name="studioIds">
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={(studios ?? []).map((studio) => ({ value: studio.id, label: studio.name }))}
          />
        </Form.Item>
        <Form.Item label="状态" name="status">
          <Radio.Group options={MEMBER_STATUSES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
