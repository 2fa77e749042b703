import { describe, expect, it } from 'vitest';
import {
  computeMemberYear,
  DEFAULT_POINTS_RULES,
  gradeChanges,
  gradeOf,
  scoreMembers,
  readPointsRules,
  reminderReasons,
  scoreActivity,
  yearsWithRecords,
  type PointsRules,
} from '../../../../../renderer/src/domain/points';
import { A, activity, B, C, donation, part } from './pointsFixtures';

const rules = DEFAULT_POINTS_RULES;

/** Member A's busy 2021, with records of other years, other members and a deletion mixed in. */
function busyYear() {
  const activities = [
    activity({ type: '会议', participants: [part(A), part(B)] }), // 4
    activity({ type: '会议', participants: [part(A, '发言')] }), // 6
    activity({ type: '协商', participants: [part(A, '主持')] }), // 6
    activity({ type: '读书', participants: [part(A)] }), // 2
    activity({ type: '论坛', participants: [part(A)] }), // 3
    activity({ type: '会议', participants: [part(A, '参加', '缺席')] }), // −5
    activity({ type: '会议', participants: [part(A, '参加', '请假')] }), // −1
    activity({ type: '调研', participants: [part(A)] }), // 6
    activity({ type: '视察', participants: [part(A, '组织')] }), // 8
    activity({ type: '考察', participants: [part(A, '书面发言')] }), // 6
    activity({
      type: '提案',
      participants: [part(A), part(B)],
      proposal: { leadMemberIds: [A], jointMemberIds: [B], filed: true, key: true },
    }), // 5 + 3 + 5 = 13
    activity({
      type: '提案',
      proposal: { leadMemberIds: [C], jointMemberIds: [A], filed: true, key: true },
    }), // 联名 2
    activity({ type: '社情民意', participants: [part(A)], suggestion: { adopted: true } }), // 3 + 5
    activity({
      type: '建议',
      participants: [part(A, '书面发言')],
      suggestion: { adopted: false, instructionLevel: '省级' },
    }), // 3 + 5
    activity({ type: '值班', participants: [part(A, '主持')] }), // 5
    activity({ type: '接待', participants: [part(A)] }), // 4
    activity({ type: '帮扶', participants: [part(A)] }), // 4
    activity({ type: '宣讲', participants: [part(A, '发言')] }), // 5
    // Not A's 2021:
    activity({ type: '调研', startDate: { year: 2020 }, participants: [part(A)] }),
    activity({ type: '会议', participants: [part(B, '参加', '缺席')] }),
    { ...activity({ type: '会议', participants: [part(A)] }), deletedAt: '2021-05-01T00:00:00Z' },
  ];
  const donations = [donation([A]), donation([A, B]), donation([A], 2020), donation([B])];
  return { activities, donations };
}

describe('scoreMembers', () => {
  it('scores each member on the records that name them, 提案 signers who did not attend included', () => {
    const { activities, donations } = busyYear();
    const scored = scoreMembers([C, A, B], 2021, activities, donations, rules);
    expect(scored.map((y) => y.memberId)).toEqual([C, A, B]);
    // C only leads the second 提案 (filed and key): 5 + 3 + 5.
    // B: 会议 4, 提案 联名 2, two donations 10, one 缺席 −5.
    expect(scored.map((y) => y.total)).toEqual([13, 90, 11]);
  });
});

describe('computeMemberYear with the default rules', () => {
  it('counts and scores every heading of the 履职档案 form, caps each, and deducts', () => {
    const { activities, donations } = busyYear();
    const year = computeMemberYear(A, 2021, activities, donations, rules);
    expect(year.counts).toEqual({
      参加会议和学习培训: 5,
      提交提案和社情民意信息: 4,
      参加调研视察考察: 3,
      联系服务群众: 3,
      承担专门性任务: 1,
      公益捐赠: 2,
    });
    expect(year.earned).toEqual({
      参加会议和学习培训: 21,
      提交提案和社情民意信息: 31,
      参加调研视察考察: 20,
      联系服务群众: 13,
      承担专门性任务: 5,
      公益捐赠: 10,
    });
    // 提案社情 31 → cap 30; 联系群众 13 → cap 10.
    expect(year.points).toEqual({
      参加会议和学习培训: 21,
      提交提案和社情民意信息: 30,
      参加调研视察考察: 20,
      联系服务群众: 10,
      承担专门性任务: 5,
      公益捐赠: 10,
    });
    expect([year.leaves, year.absences, year.deduction]).toEqual([1, 1, 6]);
    // 21 + 30 + 20 + 10 + 5 + 10 = 96, less 6 = 90: exactly 优秀.
    expect(year.total).toBe(90);
    expect(year.grade).toBe('优秀');
  });

  it('gives another member only what they did', () => {
    const { activities, donations } = busyYear();
    const year = computeMemberYear(B, 2021, activities, donations, rules);
    // 会议 4; 提案 联名 2; donations 2 × 5; one 缺席 −5.
    expect(year.counts.参加会议和学习培训).toBe(1);
    expect(year.counts.提交提案和社情民意信息).toBe(1);
    expect(year.counts.公益捐赠).toBe(2);
    expect(year.absences).toBe(1);
    expect(year.total).toBe(4 + 2 + 10 - 5);
    expect(year.grade).toBe('不称职');
  });

  it('reads only the chosen year', () => {
    const { activities, donations } = busyYear();
    const year = computeMemberYear(A, 2020, activities, donations, rules);
    expect(year.counts.参加调研视察考察).toBe(1);
    expect(year.counts.公益捐赠).toBe(1);
    expect(year.total).toBe(6 + 5);
  });

  it('scores nothing for a member with no records, and never goes below zero', () => {
    expect(computeMemberYear(C, 2019, [], [], rules)).toMatchObject({ total: 0, grade: '不称职' });
    const absent = [1, 2].map(() =>
      activity({ type: '会议', participants: [part(C, '参加', '缺席')] }),
    );
    const year = computeMemberYear(C, 2021, absent, [], rules);
    expect([year.absences, year.deduction, year.total]).toEqual([2, 10, 0]);
  });

  it('caps the total before deducting', () => {
    const generous: PointsRules = {
      ...rules,
      caps: {
        参加会议和学习培训: 100,
        提交提案和社情民意信息: 100,
        参加调研视察考察: 100,
        联系服务群众: 100,
        承担专门性任务: 100,
        公益捐赠: 100,
      },
    };
    const { activities, donations } = busyYear();
    const more = [...donations, donation([A]), donation([A])];
    // Uncapped headings: 21 + 31 + 20 + 13 + 5 + 20 = 110 → 100, less 6.
    expect(computeMemberYear(A, 2021, activities, more, generous).total).toBe(94);
  });

  it('follows changed rules: a bigger 缺席 deduction lowers the grade', () => {
    const { activities, donations } = busyYear();
    const strict = readPointsRules({ deductions: { 缺席: 10 } });
    const year = computeMemberYear(A, 2021, activities, donations, strict);
    expect(year.total).toBe(96 - 11);
    expect(year.grade).toBe('良好');
  });
});

describe('scoreActivity for 提案', () => {
  it('counts a participant not on the lists as 联名 when a 领衔 is named', () => {
    const a = activity({
      type: '提案',
      participants: [part(B)],
      proposal: { leadMemberIds: [A], jointMemberIds: [], filed: true },
    });
    expect(scoreActivity(a, B, rules)).toMatchObject({ points: 2, part: { role: '联名' } });
    expect(scoreActivity(a, A, rules)).toMatchObject({ points: 5 + 3, part: { role: '领衔' } });
  });

  it('counts a participant as 领衔 when the proposal names none, with no extra while undecided', () => {
    const a = activity({ type: '提案', participants: [part(C)] });
    expect(scoreActivity(a, C, rules)).toMatchObject({ points: 5, part: { role: '领衔' } });
    expect(scoreActivity(a, A, rules)).toBeUndefined();
  });
});

describe('gradeOf', () => {
  it('puts each boundary in the published grade', () => {
    expect([100, 90, 89.5, 80, 79, 60, 59.5, 0].map((t) => gradeOf(t, rules))).toEqual([
      '优秀',
      '优秀',
      '良好',
      '良好',
      '称职',
      '称职',
      '不称职',
      '不称职',
    ]);
  });
});

describe('readPointsRules', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(readPointsRules(null)).toEqual(DEFAULT_POINTS_RULES);
    expect(readPointsRules(undefined)).toEqual(DEFAULT_POINTS_RULES);
  });

  it('takes a stored part and the defaults for the rest', () => {
    const read = readPointsRules({ activity: { 调研: { 参加: 9 } } });
    expect(read.activity.调研.参加).toBe(9);
    expect(read.activity.调研.主持).toBe(8);
    expect(read.activity.会议).toEqual(DEFAULT_POINTS_RULES.activity.会议);
  });

  it('falls back to the defaults for rules it cannot use', () => {
    expect(readPointsRules({ grades: { 优秀: 70, 良好: 80, 称职: 60 } })).toEqual(
      DEFAULT_POINTS_RULES,
    );
    expect(readPointsRules({ deductions: { 缺席: -3 } })).toEqual(DEFAULT_POINTS_RULES);
    expect(readPointsRules({ caps: '很多' })).toEqual(DEFAULT_POINTS_RULES);
  });
});

describe('reminderReasons', () => {
  it('lists every minimum a member falls short of, and too many 缺席', () => {
    const activities = [
      activity({ type: '调研', participants: [part(A)] }),
      activity({ type: '会议', participants: [part(A)] }),
      activity({ type: '会议', participants: [part(A)] }),
      activity({ type: '会议', participants: [part(A, '参加', '缺席')] }),
      activity({ type: '会议', participants: [part(A, '参加', '缺席')] }),
    ];
    const year = computeMemberYear(A, 2021, activities, [], rules);
    expect(reminderReasons(year, rules)).toEqual([
      '提案社情 0 次，少于 1 次',
      '调研视察 1 次，少于 2 次',
      '缺席 2 次，超过 1 次',
    ]);
  });

  it('names no one who meets every minimum', () => {
    const { activities, donations } = busyYear();
    const year = computeMemberYear(A, 2021, activities, donations, rules);
    expect(reminderReasons(year, rules)).toEqual([]);
  });
});

describe('yearsWithRecords', () => {
  it('lists the years of a member’s activities, 提案 signed and donations, newest first', () => {
    const activities = [
      activity({ type: '会议', startDate: { year: 2019 }, participants: [part(A)] }),
      activity({
        type: '提案',
        startDate: { year: 2022 },
        proposal: { leadMemberIds: [B], jointMemberIds: [A] },
      }),
      activity({ type: '会议', startDate: { year: 2018 }, participants: [part(B)] }),
    ];
    expect(yearsWithRecords(A, activities, [donation([A], 2020)])).toEqual([2022, 2020, 2019]);
  });
});

describe('gradeChanges', () => {
  it('names the members whose grade moves under new rules, with both totals', () => {
    const { activities, donations } = busyYear();
    const strict = readPointsRules({ deductions: { 缺席: 10 } });
    // A: 90 优秀 → 85 良好. B: 11 → 6, still 不称职. C: nothing either way.
    expect(gradeChanges([A, B, C], 2021, activities, donations, rules, strict)).toEqual([
      { memberId: A, before: { total: 90, grade: '优秀' }, after: { total: 85, grade: '良好' } },
    ]);
  });
});
