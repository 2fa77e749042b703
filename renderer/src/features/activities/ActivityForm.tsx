import { Alert, App as AntApp, Col, Form, Input, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { dateRangeError, formatDateRange, type PartialDate } from '../../domain/partialDate';
import {
  ACTIVITY_FORMS,
  ACTIVITY_TYPES,
  activityDetailGroup,
  FIELD_LABELS,
  type Activity,
  type ActivityType,
  type Participant,
} from '../../domain/records';
import { activitiesLike } from '../../db/queries';
import { AttachmentsField } from '../attachments/AttachmentsField';
import type { TripPhotos } from '../attachments/readTripPhotos';
import { TripPhotosNotice, tripDefaults, withTripPhotos } from '../attachments/TripPhotosNotice';
import { futureDateWarning, PartialDateInput, partialDateRule } from '../records/PartialDateInput';
import { RecordFormDrawer } from '../records/RecordFormDrawer';
import { useRecordEditor } from '../records/useRecordEditor';
import { useRecordOptions } from '../records/useRecordOptions';
import { ActivityDetailFields } from './ActivityDetailFields';
import { activityInputOf } from './activityFormValues';
import { OutcomesField } from './OutcomesField';
import { ParticipantsField } from './ParticipantsField';
import { TimelineSummaryField } from './TimelineSummaryField';
import { useParticipantChoices } from './useParticipantChoices';
import './activityForm.css';
import { SELECT_CLEAR } from '../../shared/selectClear';

export interface Props {
  /** The activity to edit, null for 新增. */
  activityId: string | null;
  /** That activity as stored now, kept live (a tombstone too); undefined while it loads. */
  activity: Activity | null | undefined;
  /** A field trip's photos dropped on 新增活动: their dates and themselves fill the new form. */
  trip?: TripPhotos | null;
  /** Closes the form; with the record's id when it was saved. */
  onClose: (savedId?: string) => void;
}

type Values = Partial<
  Omit<Activity, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt' | 'startDate' | 'endDate'>
> & { startDate?: PartialDate | string; endDate?: PartialDate | string };

const L = FIELD_LABELS.activity;
const DEFAULTS = { leaders: [], participants: [], outcomes: [], tags: [], inTimeline: false };
const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const dateOf = (value: unknown): PartialDate | undefined =>
  typeof value === 'object' && value !== null ? (value as PartialDate) : undefined;

/**
 * 新增活动 / 编辑活动 with every field of a 履职活动, the fields of its type, its participants and
 * outcomes, and its 大事记 line — in the drawer and edit cycle every record form shares: drafts,
 * the revision it opened, the conflict choice, Enter to the next field, Ctrl+S.
 */
export function ActivityForm({ activityId, activity, trip, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = AntApp.useApp();
  const type = Form.useWatch('type', form) as ActivityType | undefined;
  const group = type ? activityDetailGroup(type) : undefined;
  const participants = (Form.useWatch('participants', form) as Participant[] | undefined) ?? [];
  const leads = (Form.useWatch(['proposal', 'leadMemberIds'], form) as string[] | undefined) ?? [];
  const joint = (Form.useWatch(['proposal', 'jointMemberIds'], form) as string[] | undefined) ?? [];
  const chosenMembers = [...participants.map((p) => p.memberId), ...leads, ...joint];
  const memberOptions = useRecordOptions('member', chosenMembers);
  const campaignId = Form.useWatch('campaignId', form) as string | undefined;
  const campaignOptions = useRecordOptions('campaign', campaignId ? [campaignId] : []);
  const studioId = Form.useWatch(['duty', 'studioId'], form) as string | undefined;
  const studioOptions = useRecordOptions('studio', studioId ? [studioId] : []);
  const choices = useParticipantChoices();
  const nameOf = (id: string) =>
    memberOptions?.find((option) => option.value === id)?.label ??
    campaignOptions?.find((option) => option.value === id)?.label ??
    studioOptions?.find((option) => option.value === id)?.label;

  const title = activity ? `编辑活动：${activity.title}` : '新增活动';
  // One object per trip: the editor opens the form again whenever its defaults change.
  const defaults = useMemo(
    () => (trip ? { ...DEFAULTS, ...tripDefaults(trip) } : DEFAULTS),
    [trip],
  );
  const editor = useRecordEditor({
    kind: 'activity',
    form: 'activity',
    instance: form,
    recordId: activityId,
    current: activityId ? activity : null,
    title,
    defaults,
    // Photos dropped on 新增活动 while a draft of it waits: the draft comes back with them.
    ...(trip
      ? { addToDraft: (values: Record<string, unknown>) => withTripPhotos(values, trip) }
      : {}),
    names: nameOf,
    // Fields of other types go, whatever the record had: the schema keeps them to their type.
    toInput: activityInputOf,
    onSaved: (created, id) => {
      message.success(created ? '已新增活动' : '已保存修改');
      onClose(id);
    },
  });

  const typedTitle = (Form.useWatch('title', form) as string | undefined) ?? '';
  const startDate = dateOf(Form.useWatch('startDate', form));
  const endDate = dateOf(Form.useWatch('endDate', form));
  const dateKey = JSON.stringify([startDate, endDate]);
  const lookalikes = useLiveQuery(
    () =>
      startDate
        ? activitiesLike({ title: typedTitle, startDate, endDate }, activityId)
        : Promise.resolve([]),
    // The dates by value: a new object for the same date asks nothing new.
    [typedTitle, dateKey, activityId],
  );

  return (
    <RecordFormDrawer<Values>
      title={title}
      form={form}
      editor={editor}
      onClose={onClose}
      width={820}
      initialValues={DEFAULTS}
    >
      <TripPhotosNotice trip={trip} />
      <Form.Item
        label={L.title}
        name="title"
        rules={[{ required: true, whitespace: true, message: `${L.title}：不能为空` }]}
      >
        <Input autoFocus autoComplete="off" placeholder="如：港澳委员赴郴州考察调研" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            label={L.type}
            name="type"
            rules={[{ required: true, message: `${L.type}：请选择` }]}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={options(ACTIVITY_TYPES)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            label={L.startDate}
            name="startDate"
            rules={[
              { required: true, message: `${L.startDate}：不能为空` },
              partialDateRule(L.startDate),
              futureDateWarning(L.startDate),
            ]}
          >
            <PartialDateInput placeholder="如 2018年5月29日、2021年4月" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            label={L.endDate}
            name="endDate"
            dependencies={['startDate']}
            rules={[
              partialDateRule(L.endDate),
              ({ getFieldValue }) => ({
                validator: (_: unknown, value: unknown) => {
                  const start = dateOf(getFieldValue('startDate'));
                  const end = dateOf(value);
                  const error = start && end ? dateRangeError(start, end) : null;
                  return error
                    ? Promise.reject(new Error(`${L.endDate}：${error}`))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <PartialDateInput placeholder="一天的活动不填" />
          </Form.Item>
        </Col>
      </Row>
      {lookalikes && lookalikes.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="activity-lookalike"
          role="status"
          title={`可能重复：已有同日期、名称相近的活动 ${lookalikes
            .map(
              (other) => `「${other.title}」（${formatDateRange(other.startDate, other.endDate)}）`,
            )
            .join('、')}。如是同一活动，请打开已有记录修改；仍可保存。`}
        />
      ) : null}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={L.place} name="place">
            <Input autoComplete="off" placeholder="如：郴州" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={L.form} name="form">
            <Select
              allowClear={SELECT_CLEAR}
              showSearch={{ optionFilterProp: 'label' }}
              options={options(ACTIVITY_FORMS)}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={L.organizer} name="organizer">
            <Input autoComplete="off" placeholder="如：省政协港澳台侨和外事委员会" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={L.leaders}
        name="leaders"
        extra="职务和姓名，如 省政协副主席张大方；回车分隔"
      >
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      {group ? (
        <ActivityDetailFields
          group={group}
          memberOptions={memberOptions}
          studioOptions={studioOptions}
        />
      ) : null}
      <Form.Item label={L.participants} name="participants">
        <ParticipantsField choices={choices} nameOf={(id) => nameOf(id) ?? '…'} />
      </Form.Item>
      <Form.Item label={L.campaignId} name="campaignId">
        <Select
          allowClear={SELECT_CLEAR}
          showSearch={{ optionFilterProp: 'label' }}
          options={campaignOptions ?? []}
        />
      </Form.Item>
      <Form.Item label={L.summary} name="summary">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <OutcomesField />
      <TimelineSummaryField />
      <Form.Item label={L.tags} name="tags" extra="回车分隔">
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item label={L.attachments} name="attachments">
        <AttachmentsField />
      </Form.Item>
    </RecordFormDrawer>
  );
}
