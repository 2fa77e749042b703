import { describe, expect, it } from 'vitest';
import {
  activityDetailGroup,
  activitySchema,
  ACTIVITY_TYPES,
  validateRecord,
} from '../../../../../renderer/src/domain/records';
import { BASE, ID1, ID2, ID3, SHA, issuesOf, messagesOf, valueOf } from './validationHelpers';

const minimal = {
  title: '三进三助聚力行动郴州行',
  type: '调研',
  startDate: { year: 2018, month: 5, day: 29 },
};

describe('activity', () => {
  it('needs 活动名称, 活动类型 and 开始日期, and applies defaults', () => {
    expect(valueOf('activity', minimal)).toEqual({
      ...minimal,
      leaders: [],
      participants: [],
      outcomes: [],
      inTimeline: false,
      attachments: [],
      tags: [],
    });
    expect(messagesOf('activity', {})).toEqual([
      '活动名称：不能为空',
      '活动类型：须为以下之一：' + ACTIVITY_TYPES.join('、'),
      '开始日期：不能为空',
    ]);
  });

  it('takes every common field', () => {
    const full = {
      ...minimal,
      endDate: { year: 2018, month: 6, day: 1 },
      place: '郴州',
      form: '线下',
      organizer: '省政协港澳台侨和外事委员会',
      leaders: ['省政协主席李微微', '省政协副主席胡旭晟'],
      participants: [
        { memberId: ID1, role: '发言', attendance: '出席' },
        { memberId: ID2, role: '参加', attendance: '请假', approvedBy: '卿浙伟' },
        { memberId: ID3, role: '参加', attendance: '请假' },
      ],
      campaignId: ID1,
      summary: '31名省政协港澳委员齐聚郴州',
      outcomes: [{ indicator: '签约项目', value: 60, unit: '个' }],
      inTimeline: true,
      timelineSummary: '31名省政协港澳委员齐聚郴州',
      attachments: [{ sha256: SHA, name: '合影.jpg', mimeType: 'image/jpeg', size: 1024 }],
      tags: ['三进三助'],
      research: { leadLeader: '省政协主席李微微', report: '调研报告' },
    };
    expect(valueOf('activity', full)).toEqual(full);
  });

  it('accepts the type-specific fields of each type', () => {
    expect(
      valueOf('activity', {
        ...minimal,
        type: '提案',
        proposal: {
          number: '20210123',
          cause: '关于建设湖南粤港澳科创产业园的提案',
          leadMemberIds: [ID1],
          jointMemberIds: [ID2, ID3],
          filed: true,
          hostUnits: ['省商务厅'],
          assistUnits: ['省科技厅'],
          key: true,
          reply: 'A',
          satisfaction: '满意',
        },
      }).proposal?.reply,
    ).toBe('A');
    expect(
      valueOf('activity', {
        ...minimal,
        type: '建议',
        suggestion: { adopted: true, instruction: '运用于疫情防控', instructionLevel: '省级' },
      }).suggestion?.instructionLevel,
    ).toBe('省级');
    expect(
      valueOf('activity', {
        ...minimal,
        type: '值班',
        duty: { studioId: ID1, messageCount: 12, viewCount: 3400, referredCount: 2 },
      }).duty?.viewCount,
    ).toBe(3400);
    expect(
      valueOf('activity', { ...minimal, type: '读书', reading: { books: ['百年党史'] } }).reading,
    ).toEqual({ books: ['百年党史'] });
    expect(activityDetailGroup('社情民意')).toBe('suggestion');
    expect(activityDetailGroup('接待')).toBe('duty');
    expect(activityDetailGroup('视察')).toBe('research');
    expect(activityDetailGroup('会议')).toBeUndefined();
  });

  it('refuses an end before the start', () => {
    expect(
      issuesOf('activity', { ...minimal, endDate: { year: 2018, month: 5, day: 28 } }),
    ).toEqual([{ field: 'endDate', label: '结束日期', message: '结束日期：不能早于开始日期' }]);
  });

  it('refuses impossible dates and names the date field', () => {
    expect(
      messagesOf('activity', { ...minimal, startDate: { year: 2021, month: 2, day: 29 } }),
    ).toEqual(['开始日期：2021年2月没有29日']);
    expect(messagesOf('activity', { ...minimal, startDate: { year: 2021, month: 'x' } })).toEqual([
      '开始日期：须为数字',
    ]);
  });

  it('needs 大事记摘要 when 列入大事记', () => {
    expect(messagesOf('activity', { ...minimal, inTimeline: true })).toEqual([
      '大事记摘要：列入大事记时不能为空',
    ]);
    expect(messagesOf('activity', { ...minimal, inTimeline: true, timelineSummary: ' ' })).toEqual([
      '大事记摘要：列入大事记时不能为空',
    ]);
  });

  it('checks participants row by row', () => {
    expect(
      issuesOf('activity', { ...minimal, participants: [{ memberId: ID1, role: '旁听' }] }),
    ).toEqual([
      {
        field: 'participants.0.role',
        label: '参加委员第1行·角色',
        message: '参加委员第1行·角色：须为以下之一：参加、发言、书面发言、主持、组织',
      },
    ]);
    expect(messagesOf('activity', { ...minimal, participants: [{ attendance: '出席' }] })).toEqual([
      '参加委员第1行·委员：不能为空',
    ]);
    expect(
      messagesOf('activity', { ...minimal, participants: [{ memberId: ID1 }, { memberId: ID1 }] }),
    ).toEqual(['参加委员第2行：同一委员重复']);
    expect(
      messagesOf('activity', {
        ...minimal,
        participants: [{ memberId: ID1, attendance: '缺席', approvedBy: '某某' }],
      }),
    ).toEqual(['参加委员第1行·批准人：仅在请假时填写']);
  });

  it('checks outcomes row by row', () => {
    expect(
      messagesOf('activity', {
        ...minimal,
        outcomes: [{ indicator: '', value: '六十', unit: '个' }],
      }),
    ).toEqual(['成果第1行·指标：不能为空', '成果第1行·数值：须为数字']);
  });

  it('checks type-specific fields and refuses them on other types', () => {
    expect(messagesOf('activity', { ...minimal, proposal: { reply: 'A' } })).toEqual([
      '提案信息：仅适用于活动类型“提案”',
    ]);
    expect(messagesOf('activity', { ...minimal, type: '会议', research: {} })).toEqual([
      '调研视察信息：仅适用于活动类型“调研”“视察”“考察”',
    ]);
    expect(messagesOf('activity', { ...minimal, type: '提案', proposal: { reply: 'D' } })).toEqual([
      '答复：须为以下之一：A、B、C',
    ]);
    expect(
      messagesOf('activity', { ...minimal, type: '提案', proposal: { satisfaction: '很满意' } }),
    ).toEqual(['满意度：须为以下之一：满意、基本满意、不满意']);
    expect(
      messagesOf('activity', { ...minimal, type: '提案', proposal: { jointMemberIds: ['x'] } }),
    ).toEqual(['联名第1项：格式不正确']);
    expect(
      messagesOf('activity', { ...minimal, type: '值班', duty: { messageCount: -1 } }),
    ).toEqual(['留言数：不能小于0']);
    expect(messagesOf('activity', { ...minimal, type: '接待', duty: { viewCount: 1.5 } })).toEqual([
      '浏览量：须为整数',
    ]);
    expect(
      messagesOf('activity', { ...minimal, type: '社情民意', suggestion: { adopted: '是' } }),
    ).toEqual(['是否采用：须为“是”或“否”']);
    expect(messagesOf('activity', { ...minimal, type: '读书', reading: { books: [''] } })).toEqual([
      '书目第1项：不能为空',
    ]);
  });

  it('checks attachments and the form', () => {
    expect(
      messagesOf('activity', {
        ...minimal,
        attachments: [{ sha256: 'xyz', name: 'a.jpg', mimeType: 'image/jpeg', size: 1 }],
      }),
    ).toEqual(['附件第1行·SHA-256：须为64位小写十六进制的SHA-256值']);
    expect(messagesOf('activity', { ...minimal, form: '云端' })).toEqual([
      '形式：须为以下之一：线下、线上、线上线下',
    ]);
  });

  it('validates the stored form', () => {
    expect(activitySchema.safeParse({ ...BASE, ...minimal }).success).toBe(true);
    expect(validateRecord('activity', { ...minimal }).ok).toBe(false);
  });
});
