import { Col, Form, Input, Row, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import {
  FIELD_LABELS,
  INSTRUCTION_LEVELS,
  PROPOSAL_REPLY_GRADE_LABELS,
  PROPOSAL_REPLY_GRADES,
  SATISFACTION_LEVELS,
  type ActivityDetailGroup,
} from '../../domain/records';
import { CountInput, countRule } from '../records/CountInput';
import { usePersonNameMatcher } from '../records/usePersonNameMatcher';
import type { RecordOption } from '../records/useRecordOptions';
import { SELECT_CLEAR } from '../../shared/selectClear';

const L = FIELD_LABELS.activity;

interface Props {
  group: ActivityDetailGroup;
  memberOptions: RecordOption[] | undefined;
  studioOptions: RecordOption[] | undefined;
}

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** A yes / no that may still be open (立案, 是否采用): stored as true, false or nothing. */
const yesNo = {
  getValueProps: (value: unknown) => ({
    value: value === true ? '是' : value === false ? '否' : undefined,
  }),
  normalize: (value: unknown) => (value === '是' ? true : value === '否' ? false : undefined),
};
const YES_NO = options(['是', '否']);

const tags = (hint: string) => (
  <Select mode="tags" open={false} suffixIcon={null} placeholder={hint} />
);

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="activity-details" aria-label={title}>
      <h2 className="activity-details-title">{title}</h2>
      {children}
    </section>
  );
}

/**
 * The fields only one kind of activity has — 提案, 建议/社情民意, 值班/接待, 读书, 调研/视察/考察 —
 * shown for that type alone.
 */
/** 留言数, 浏览数, 转办数: whole numbers, none below zero. */
const WHOLE_COUNT = { integer: true, min: { value: 0, inclusive: true } };

export function ActivityDetailFields({ group, memberOptions, studioOptions }: Props) {
  const matchesPersonName = usePersonNameMatcher();
  const memberPicker = (
    <Select
      mode="multiple"
      allowClear={SELECT_CLEAR}
      placeholder="输入姓名、拼音或首字母查找"
      filterOption={(input, option) =>
        matchesPersonName(input, option?.label ?? '', option?.otherNames ?? [])
      }
      options={memberOptions ?? []}
    />
  );
  const count = (key: 'messageCount' | 'viewCount' | 'referredCount') => (
    <Col span={8}>
      <Form.Item
        label={L[`duty.${key}`]}
        name={['duty', key]}
        rules={[countRule(L[`duty.${key}`], WHOLE_COUNT)]}
      >
        <CountInput bounds={WHOLE_COUNT} />
      </Form.Item>
    </Col>
  );

  switch (group) {
    case 'proposal':
      return (
        <Section title={L.proposal}>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label={L['proposal.number']} name={['proposal', 'number']}>
                <Input autoComplete="off" placeholder="如：第0123号" />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item label={L['proposal.cause']} name={['proposal', 'cause']}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={L['proposal.leadMemberIds']} name={['proposal', 'leadMemberIds']}>
            {memberPicker}
          </Form.Item>
          <Form.Item label={L['proposal.jointMemberIds']} name={['proposal', 'jointMemberIds']}>
            {memberPicker}
          </Form.Item>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label={L['proposal.filed']} name={['proposal', 'filed']} {...yesNo}>
                <Select allowClear={SELECT_CLEAR} options={YES_NO} placeholder="待定" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label={L['proposal.key']}
                name={['proposal', 'key']}
                valuePropName="checked"
              >
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={L['proposal.hostUnits']}
            name={['proposal', 'hostUnits']}
            extra="回车分隔"
          >
            {tags('如：省商务厅')}
          </Form.Item>
          <Form.Item
            label={L['proposal.assistUnits']}
            name={['proposal', 'assistUnits']}
            extra="回车分隔"
          >
            {tags('如：省发展改革委')}
          </Form.Item>
          <Row gutter={16}>
            <Col span={14}>
              <Form.Item label={L['proposal.reply']} name={['proposal', 'reply']}>
                <Select
                  allowClear={SELECT_CLEAR}
                  options={PROPOSAL_REPLY_GRADES.map((grade) => ({
                    value: grade,
                    label: PROPOSAL_REPLY_GRADE_LABELS[grade],
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item label={L['proposal.satisfaction']} name={['proposal', 'satisfaction']}>
                <Select allowClear={SELECT_CLEAR} options={options(SATISFACTION_LEVELS)} />
              </Form.Item>
            </Col>
          </Row>
        </Section>
      );
    case 'suggestion':
      return (
        <Section title={L.suggestion}>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                label={L['suggestion.adopted']}
                name={['suggestion', 'adopted']}
                {...yesNo}
              >
                <Select allowClear={SELECT_CLEAR} options={YES_NO} placeholder="未知" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label={L['suggestion.instructionLevel']}
                name={['suggestion', 'instructionLevel']}
              >
                <Select allowClear={SELECT_CLEAR} options={options(INSTRUCTION_LEVELS)} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={L['suggestion.instruction']} name={['suggestion', 'instruction']}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Section>
      );
    case 'duty':
      return (
        <Section title={L.duty}>
          <Form.Item label={L['duty.studioId']} name={['duty', 'studioId']}>
            <Select
              allowClear={SELECT_CLEAR}
              showSearch={{ optionFilterProp: 'label' }}
              options={studioOptions ?? []}
            />
          </Form.Item>
          <Row gutter={16}>
            {count('messageCount')}
            {count('viewCount')}
            {count('referredCount')}
          </Row>
        </Section>
      );
    case 'reading':
      return (
        <Section title={L.reading}>
          <Form.Item label={L['reading.books']} name={['reading', 'books']} extra="回车分隔">
            {tags('如：《习近平谈治国理政》')}
          </Form.Item>
        </Section>
      );
    case 'research':
      return (
        <Section title={L.research}>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item label={L['research.leadLeader']} name={['research', 'leadLeader']}>
                <Input autoComplete="off" placeholder="如：省政协副主席张大方" />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item label={L['research.report']} name={['research', 'report']}>
                <Input autoComplete="off" placeholder="调研报告的标题" />
              </Form.Item>
            </Col>
          </Row>
        </Section>
      );
  }
}
