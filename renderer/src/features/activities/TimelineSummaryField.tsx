import { Button, Checkbox, Form, Input } from 'antd';
import { useEffect, useRef } from 'react';
import {
  proposeTimelineSummary,
  type TimelineSummarySource,
} from '../../domain/activities/proposeTimelineSummary';
import type { PartialDate } from '../../domain/partialDate';
import { FIELD_LABELS } from '../../domain/records';
import { timelineSentence } from '../../domain/timelineSentence';

const L = FIELD_LABELS.activity;

/** What the proposal reads of the form. */
type Watched = Omit<TimelineSummarySource, 'leadLeader'> & {
  inTimeline?: boolean;
  timelineSummary?: string;
  startDate?: unknown;
  endDate?: unknown;
  leaders?: string[];
  research?: { leadLeader?: string };
};

const dateOf = (value: unknown): PartialDate | undefined =>
  typeof value === 'object' && value !== null ? (value as PartialDate) : undefined;

/**
 * 列入大事记 and 大事记摘要. Ticked, the 摘要 is proposed from the fields in the 大事记 style and
 * follows them as they change — until the user writes in it: their words are never replaced
 * (「按填写内容重新生成」 does it on request). Under it, the line as the 大事记 will read it.
 */
export function TimelineSummaryField() {
  const form = Form.useFormInstance();
  const values = (Form.useWatch((all: Watched) => all, { form, preserve: true }) ?? {}) as Watched;
  const inTimeline = values.inTimeline === true;
  const summary = values.timelineSummary ?? '';
  const startDate = dateOf(values.startDate);
  const endDate = dateOf(values.endDate);
  const leaders = values.leaders ?? [];
  const proposal = proposeTimelineSummary({
    ...values,
    leaders,
    leadLeader: values.research?.leadLeader,
  });
  /** The text last proposed: a 摘要 still holding it is the app's, not the user's. */
  const proposed = useRef('');

  const propose = () => {
    proposed.current = proposal;
    form.setFieldValue('timelineSummary', proposal);
    void form.validateFields(['timelineSummary']);
  };

  useEffect(() => {
    if (!inTimeline || proposal === '') return;
    const now = (form.getFieldValue('timelineSummary') as string | undefined) ?? '';
    // A 摘要 that reads as proposed (a draft brought back) is still the app's: it goes on following.
    if (now === proposal) {
      proposed.current = proposal;
      return;
    }
    if (now.trim() !== '' && now !== proposed.current) return;
    proposed.current = proposal;
    form.setFieldValue('timelineSummary', proposal);
  }, [inTimeline, proposal, form]);

  const line =
    inTimeline && startDate && summary.trim() !== ''
      ? timelineSentence({
          date: startDate,
          ...(endDate ? { endDate } : {}),
          summary,
          leaders,
        })
      : '';

  return (
    <>
      <Form.Item name="inTimeline" valuePropName="checked" className="in-timeline">
        <Checkbox>{L.inTimeline}</Checkbox>
      </Form.Item>
      {inTimeline ? (
        <Form.Item
          label={L.timelineSummary}
          name="timelineSummary"
          dependencies={['inTimeline']}
          rules={[
            {
              validator: (_, value: unknown) =>
                typeof value === 'string' && value.trim() !== ''
                  ? Promise.resolve()
                  : Promise.reject(new Error(`${L.timelineSummary}：列入大事记时不能为空`)),
            },
          ]}
          extra={
            <>
              {line ? (
                <span className="timeline-line">大事记中显示为：{line}</span>
              ) : (
                '按大事记的写法：谁率谁、到哪里、做了什么、有何成果，不写日期。'
              )}
              {proposal !== '' && summary !== proposal ? (
                <Button type="link" size="small" onClick={propose}>
                  按填写内容重新生成
                </Button>
              ) : null}
            </>
          }
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      ) : null}
    </>
  );
}
