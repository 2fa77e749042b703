import { describe, expect, it } from 'vitest';
import {
  addParticipants,
  participantGroups,
  withAttendance,
} from '../../../../../renderer/src/domain/activities/participantGroups';

const members = [
  { id: 'm1', name: '张国华', category: '港区委员' as const, sector: '经济界', studioIds: ['s1'] },
  { id: 'm2', name: '陳美玲', category: '澳区委员' as const, sector: '经济界' },
  { id: 'm3', name: '李微微', category: '港区委员' as const, sector: '教育界' },
  { id: 'm4', name: '胡旭晟', category: '港区委员' as const, status: '离任' },
  { id: 'm5', name: '戴煜', category: '其他' as const },
];
const studios = [
  { id: 's1', name: '联动工作室', leaderIds: ['m5'], memberIds: ['m4'] },
  { id: 's2', name: '空工作室', leaderIds: [], memberIds: [] },
];

describe('participantGroups', () => {
  it('offers each 类别 in its order, then 界别 and 工作室, with the members in office', () => {
    expect(participantGroups(members, studios)).toEqual([
      { key: '类别:港区委员', by: '类别', name: '港区委员', memberIds: ['m1', 'm3'] },
      { key: '类别:澳区委员', by: '类别', name: '澳区委员', memberIds: ['m2'] },
      { key: '类别:其他', by: '类别', name: '其他', memberIds: ['m5'] },
      { key: '界别:教育界', by: '界别', name: '教育界', memberIds: ['m3'] },
      { key: '界别:经济界', by: '界别', name: '经济界', memberIds: ['m1', 'm2'] },
      { key: '工作室:s1', by: '工作室', name: '联动工作室', memberIds: ['m5', 'm1'] },
    ]);
  });
});

describe('addParticipants', () => {
  it('adds each new member once as 参加 · 出席 and keeps what was set for those already in', () => {
    const before = [
      { memberId: 'm1', role: '主持' as const, attendance: '请假' as const, approvedBy: '王主任' },
    ];
    expect(addParticipants(before, ['m3', 'm1', 'm3', 'm2'])).toEqual([
      before[0],
      { memberId: 'm3', role: '参加', attendance: '出席' },
      { memberId: 'm2', role: '参加', attendance: '出席' },
    ]);
  });
});

describe('withAttendance', () => {
  it('keeps the 批准人 only for 请假', () => {
    const onLeave = {
      memberId: 'm1',
      role: '参加' as const,
      attendance: '请假' as const,
      approvedBy: '王主任',
    };
    expect(withAttendance(onLeave, '缺席')).toEqual({
      memberId: 'm1',
      role: '参加',
      attendance: '缺席',
    });
    expect(withAttendance({ memberId: 'm1', role: '参加', attendance: '出席' }, '请假')).toEqual({
      memberId: 'm1',
      role: '参加',
      attendance: '请假',
    });
  });
});
