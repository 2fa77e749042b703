import { App as AntApp, Button, Drawer, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { MEMBER_CATEGORIES, MEMBER_STATUSES, type Member } from '../../domain/records';
import { DossierLink } from '../dossier/DossierLinks';
import { RecordMovedNotice } from '../records/RecordMovedNotice';
import { useRecordOptions } from '../records/useRecordOptions';
import { useRecordEditor } from '../records/useRecordEditor';

interface Props {
  /** The member to edit, null for 新增. */
  memberId: string | null;
  /** That member as stored now, kept live (a tombstone too); undefined while it loads. */
  member: Member | null | undefined;
  onClose: () => void;
}

type Values = Partial<Omit<Member, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt'>>;

const DEFAULTS = { status: '在任', otherNames: [], studioIds: [] };

/**
 * 新增 / 编辑委员. What is typed is kept as a draft until it is saved; the form saves against the
 * revision it opened, and a member changed meanwhile is never overwritten silently.
 */
export function MemberForm({ memberId, member, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = AntApp.useApp();
  // A deleted studio still chosen shows as 「名称（已删除）」, not as a bare id.
  const chosenStudios = (Form.useWatch('studioIds', form) as string[] | undefined) ?? [];
  const studioOptions = useRecordOptions('studio', chosenStudios);
  const title = member ? `编辑委员：${member.name}` : '新增委员';
  const editor = useRecordEditor({
    kind: 'member',
    form: 'member',
    instance: form,
    recordId: memberId,
    current: memberId ? member : null,
    title,
    defaults: DEFAULTS,
    names: (id) => studioOptions?.find((option) => option.value === id)?.label,
    onSaved: (created) => {
      message.success(created ? '已新增委员' : '已保存修改');
      onClose();
    },
  });

  const save = async (values: Values) => {
    try {
      await editor.save(values);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
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
          {memberId ? <DossierLink memberId={memberId} /> : null}
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {editor.savedAt
              ? `草稿已保存 ${editor.savedAt.toLocaleTimeString('zh-CN')}`
              : editor.restored
                ? '已恢复草稿'
                : ''}
          </Typography.Text>
        </Space>
      }
      footer={
        <Space style={{ float: 'right' }}>
          <Button
            onClick={async () => {
              await editor.discard();
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
      {editor.moved ? (
        <RecordMovedNotice deleted={editor.deleted} onReview={editor.review} />
      ) : null}
      {editor.dialog}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        onValuesChange={editor.onValuesChange}
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
            options={studioOptions ?? []}
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
