import { describe, expect, it } from 'vitest';
import {
  activityWithMemberMoved,
  defaultMergeChoices,
  donationWithMemberMoved,
  isMergeChoice,
  mergedMember,
  studioWithMemberMoved,
} from '../../../../renderer/src/domain/mergeMembers';
import type { Activity, Donation, Member, Studio } from '../../../../renderer/src/domain/records';

const KEPT = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER = 'aaaaaaaa-0000-4000-8000-000000000002';
const THIRD = 'aaaaaaaa-0000-4000-8000-000000000003';
const STUDIO_A = 'bbbbbbbb-0000-4000-8000-000000000001';
const STUDIO_B = 'bbbbbbbb-0000-4000-8000-000000000002';

const base = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };

const kept: Member = {
  ...base,
  id: KEPT,
  rev: 3,
  deletedAt: null,
  name: '陈美玲',
  otherNames: ['Chan Mei Ling'],
  category: '港区委员',
  phone: '13800138000',
  studioIds: [STUDIO_A],
  status: '在任',
};
const other: Member = {
  ...base,
  id: OTHER,
  rev: 1,
  deletedAt: null,
  name: '陳美玲',
  otherNames: [],
  category: '侨界',
  location: '香港',
  email: 'chan@example.com',
  studioIds: [STUDIO_A, STUDIO_B],
  status: '在任',
};

describe('merging two members', () => {
  it('keeps the kept one’s values and fills its blanks from the other by default', () => {
    const choices = defaultMergeChoices(kept, other);
    expect(choices.category).toBe('kept');
    expect(choices.phone).toBe('kept');
    expect(choices.location).toBe('other');
    expect(choices.email).toBe('other');
    const merged = mergedMember(kept, other, choices);
    expect(merged).toMatchObject({
      id: KEPT,
      name: '陈美玲',
      category: '港区委员',
      phone: '13800138000',
      location: '香港',
      email: 'chan@example.com',
    });
    // The other's name stays findable; both studios are kept, each once.
    expect(merged.otherNames).toEqual(['Chan Mei Ling', '陳美玲']);
    expect(merged.studioIds).toEqual([STUDIO_A, STUDIO_B]);
  });

  it('takes a field from the other when chosen, and leaves a field out the chosen side lacks', () => {
    const choices = {
      ...defaultMergeChoices(kept, other),
      category: 'other',
      phone: 'other',
    } as const;
    const merged = mergedMember(kept, other, choices);
    expect(merged.category).toBe('侨界');
    expect(merged).not.toHaveProperty('phone');
  });

  it('offers a choice only where the two differ and the field is not a list', () => {
    expect(isMergeChoice('category', kept, other)).toBe(true);
    expect(isMergeChoice('status', kept, other)).toBe(false);
    expect(isMergeChoice('studioIds', kept, other)).toBe(false);
  });
});

const activity = (participants: Activity['participants'], proposal?: Activity['proposal']) =>
  ({
    ...base,
    id: 'cccccccc-0000-4000-8000-000000000001',
    rev: 1,
    deletedAt: null,
    title: '郴州考察',
    type: proposal ? '提案' : '考察',
    startDate: { year: 2018, month: 5, day: 29 },
    leaders: [],
    participants,
    outcomes: [],
    inTimeline: false,
    attachments: [],
    tags: [],
    ...(proposal ? { proposal } : {}),
  }) as Activity;

describe('moving a member’s part in other records', () => {
  it('moves a participant entry to the kept member, with its role and attendance', () => {
    const moved = activityWithMemberMoved(
      activity([
        { memberId: OTHER, role: '发言', attendance: '出席' },
        { memberId: THIRD, role: '参加', attendance: '出席' },
      ]),
      OTHER,
      KEPT,
    );
    expect(moved?.participants).toEqual([
      { memberId: KEPT, role: '发言', attendance: '出席' },
      { memberId: THIRD, role: '参加', attendance: '出席' },
    ]);
  });

  it('keeps one entry, the kept member’s, when both took part', () => {
    const moved = activityWithMemberMoved(
      activity([
        { memberId: KEPT, role: '主持', attendance: '出席' },
        { memberId: OTHER, role: '参加', attendance: '请假', approvedBy: '张大方' },
      ]),
      OTHER,
      KEPT,
    );
    expect(moved?.participants).toEqual([{ memberId: KEPT, role: '主持', attendance: '出席' }]);
  });

  it('moves 领衔 and 联名; one who would be both stays 领衔', () => {
    const proposal = {
      leadMemberIds: [OTHER],
      jointMemberIds: [KEPT, THIRD],
      hostUnits: [],
      assistUnits: [],
      key: false,
    };
    const moved = activityWithMemberMoved(activity([], proposal), OTHER, KEPT);
    expect(moved?.proposal).toMatchObject({ leadMemberIds: [KEPT], jointMemberIds: [THIRD] });
  });

  it('leaves an activity that does not name the other member alone', () => {
    expect(activityWithMemberMoved(activity([{ memberId: THIRD } as never]), OTHER, KEPT)).toBe(
      null,
    );
  });

  it('moves a donor, once, and the studio links', () => {
    const donation = {
      ...base,
      id: 'dddddddd-0000-4000-8000-000000000001',
      rev: 1,
      deletedAt: null,
      donors: [
        { type: '委员', memberId: OTHER },
        { type: '其他', name: '港澳委员和海外顾问团成员', group: true },
        { type: '委员', memberId: KEPT },
      ],
    } as unknown as Donation;
    expect(donationWithMemberMoved(donation, OTHER, KEPT)?.donors).toEqual([
      { type: '其他', name: '港澳委员和海外顾问团成员', group: true },
      { type: '委员', memberId: KEPT },
    ]);
    const studio = {
      ...base,
      id: STUDIO_A,
      rev: 1,
      deletedAt: null,
      name: '港澳委员工作室',
      leaderIds: [OTHER],
      memberIds: [KEPT, OTHER, THIRD],
    } as unknown as Studio;
    expect(studioWithMemberMoved(studio, OTHER, KEPT)).toMatchObject({
      leaderIds: [KEPT],
      memberIds: [KEPT, THIRD],
    });
  });
});
