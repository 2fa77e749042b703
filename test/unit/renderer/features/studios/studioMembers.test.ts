import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../../renderer/src/domain/records';
import { studioMemberRows } from '../../../../../renderer/src/features/studios/studioMembers';

const ids = {
  yang: '5a3d1001-0000-4000-8000-000000000001',
  long: '5a3d1001-0000-4000-8000-000000000002',
  shi: '5a3d1001-0000-4000-8000-000000000003',
  gone: '5a3d1001-0000-4000-8000-000000000004',
  unknown: '5a3d1001-0000-4000-8000-0000000000ff',
};

function member(id: string, name: string, deletedAt: string | null = null): Member {
  return {
    id,
    createdAt: '2021-04-15T00:00:00.000Z',
    updatedAt: '2021-04-15T00:00:00.000Z',
    rev: 1,
    deletedAt,
    name,
    otherNames: [],
    category: '其他',
    sector: '民革',
    studioIds: [],
    status: '在任',
  } as Member;
}

describe('studioMemberRows', () => {
  it('lists the 负责委员 first and each person once, a leader who also sits in it as 负责委员', () => {
    const members = new Map([
      [ids.yang, member(ids.yang, '杨建国')],
      [ids.long, member(ids.long, '龙海燕')],
      [ids.shi, member(ids.shi, '石磊')],
    ]);
    const rows = studioMemberRows(
      { leaderIds: [ids.yang], memberIds: [ids.long, ids.yang, ids.shi] },
      members,
    );
    expect(rows.map((row) => [row.name, row.role])).toEqual([
      ['杨建国', '负责委员'],
      ['龙海燕', '入驻委员'],
      ['石磊', '入驻委员'],
    ]);
    expect(rows[0]).toMatchObject({ sector: '民革', missing: false });
  });

  it('marks a deleted member （已删除） and an id with no record （未知记录）', () => {
    const members = new Map<string, Member | undefined>([
      [ids.gone, member(ids.gone, '石磊', '2022-01-01T00:00:00.000Z')],
      [ids.unknown, undefined],
    ]);
    const rows = studioMemberRows({ leaderIds: [], memberIds: [ids.gone, ids.unknown] }, members);
    expect(rows.map((row) => [row.name, row.missing])).toEqual([
      ['石磊（已删除）', true],
      ['（未知记录）', true],
    ]);
  });
});
