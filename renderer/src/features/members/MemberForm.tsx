import { App as AntApp, AutoComplete, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  EDUCATION_LEVELS,
  GENDERS,
  MEMBER_CATEGORIES,
  MEMBER_STATUSES,
  PARTIES,
  type Member,
} from '../../domain/records';
import { membersNamedLike } from '../../db/queries';
import { notAfterTodayRule, PartialDateInput, partialDateRule } from '../records/PartialDateInput';
import { DossierLink } from '../dossier/DossierLinks';
import { RecordFormDrawer } from '../records/RecordFormDrawer';
import { useRecordOptions } from '../records/useRecordOptions';
import { useRecordEditor } from '../records/useRecordEditor';
import { SELECT_CLEAR } from '../../shared/selectClear';

export interface Props {
  /** The member to edit, null for 新增. */
  memberId: string | null;
  /** That member as stored now, kept live (a tombstone too); undefined while it loads. */
  member: Member | null | undefined;
  /** Closes the form; with the record's id when it was saved. */
  onClose: (savedId?: string) => void;
}

type Values = Partial<Omit<Member, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt'>>;

const DEFAULTS = { status: '在任', otherNames: [], studioIds: [] };

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/**
 * 新增 / 编辑委员 with every field of the 一人一档 履职档案. What is typed is kept as a draft until
 * it is saved; the form saves against the revision it opened, and a member changed meanwhile is
 * never overwritten silently.
 */
export function MemberForm({ memberId, member, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = AntApp.useApp();
  // A deleted studio still chosen shows as 「名称（已删除）」, not as a bare id.
  const chosenStudios = (Form.useWatch('studioIds', form) as string[] | undefined) ?? [];
  const studioOptions = useRecordOptions('studio', chosenStudios);
  const typedName = (Form.useWatch('name', form) as string | undefined) ?? '';
  const namesakes = useLiveQuery(
    () => membersNamedLike(typedName, memberId),
    [typedName, memberId],
  );
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
    onSaved: (created, id) => {
      message.success(created ? '已新增委员' : '已保存修改');
      onClose(id);
    },
  });

  return (
    <RecordFormDrawer<Values>
      title={title}
      form={form}
      editor={editor}
      onClose={onClose}
      initialValues={{ status: '在任' }}
      headerActions={memberId ? <DossierLink memberId={memberId} /> : undefined}
    >
      <Form.Item
        label="姓名"
        name="name"
        rules={[{ required: true, whitespace: true, message: '姓名：不能为空' }]}
        extra={
          namesakes && namesakes.length > 0 ? (
            <span className="namesake" role="status">
              已有同名委员：
              {namesakes
                .map((other) => `${other.name}${other.category ? `（${other.category}）` : ''}`)
                .join('、')}
              。如是同一人，请编辑已有记录或在列表中合并。
            </span>
          ) : undefined
        }
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
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="类别" name="category">
            <Select allowClear={SELECT_CLEAR} showSearch options={options(MEMBER_CATEGORIES)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="性别" name="gender">
            <Radio.Group options={options(GENDERS)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="民族" name="ethnicity">
            <Input placeholder="如：汉族" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="党派" name="party">
            <Select allowClear={SELECT_CLEAR} showSearch options={options(PARTIES)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="出生年月"
            name="birth"
            rules={[partialDateRule('出生年月'), notAfterTodayRule('出生年月')]}
          >
            <PartialDateInput placeholder="如：1968年6月" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="学历" name="education">
            <AutoComplete options={options(EDUCATION_LEVELS)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="界别" name="sector">
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="届次" name="term">
            <Input placeholder="如：十二届" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="所在地" name="location">
        <Input placeholder="如：香港" autoComplete="off" />
      </Form.Item>
      <Form.Item label="工作单位及职务" name="workplace">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="专长领域" name="expertise" extra="如 金融、中医药、跨境物流；回车分隔">
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="联系电话" name="phone">
            <Input autoComplete="off" inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="电子邮箱" name="email">
            <Input autoComplete="off" inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="所属工作室" name="studioIds">
        <Select
          mode="multiple"
          allowClear={SELECT_CLEAR}
          optionFilterProp="label"
          options={studioOptions ?? []}
        />
      </Form.Item>
      <Form.Item label="状态" name="status">
        <Radio.Group options={options(MEMBER_STATUSES)} />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
