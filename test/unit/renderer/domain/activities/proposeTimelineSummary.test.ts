import { describe, expect, it } from 'vitest';
import { proposeTimelineSummary } from '../../../../../renderer/src/domain/activities/proposeTimelineSummary';

const attending = (n: number) => Array.from({ length: n }, () => ({ attendance: '出席' as const }));

describe('proposeTimelineSummary', () => {
  it('says who led how many members where, to do what, with what result', () => {
    expect(
      proposeTimelineSummary({
        title: '港澳台侨工作专题调研',
        type: '调研',
        place: '郴州',
        leaders: ['省政协副主席张大方', '省政协秘书长李明'],
        participants: [...attending(30), { attendance: '请假' }, { attendance: '缺席' }],
        outcomes: [
          { indicator: '签约项目', value: 60, unit: '个' },
          { indicator: '投资总额', value: 325, unit: '亿元' },
        ],
      }),
    ).toBe(
      '省政协副主席张大方率30名委员赴郴州开展港澳台侨工作专题调研，签约项目60个，投资总额325亿元。',
    );
  });

  it('puts the 带队领导 of a 调研 before the 出席领导', () => {
    expect(
      proposeTimelineSummary({
        title: '青竹村乡村振兴调研',
        type: '调研',
        place: '桂东县青竹村',
        leaders: ['省政协秘书长李明'],
        leadLeader: '省政协副主席张大方',
        participants: attending(3),
      }),
    ).toBe('省政协副主席张大方率3名委员赴桂东县青竹村开展青竹村乡村振兴调研。');
  });

  it('holds a meeting, keeps a verb the title has, and skips 赴 for a place the title names or an online activity', () => {
    expect(
      proposeTimelineSummary({
        title: '专委会全体会议',
        type: '会议',
        place: '长沙',
        form: '线上',
      }),
    ).toBe('举行专委会全体会议。');
    expect(
      proposeTimelineSummary({ title: '召开港澳委员座谈会', type: '会议', organizer: '专委会' }),
    ).toBe('专委会召开港澳委员座谈会。');
    expect(
      proposeTimelineSummary({
        title: '郴州招商推介会',
        type: '论坛',
        place: '郴州',
        participants: attending(5),
      }),
    ).toBe('5名委员举行郴州招商推介会。');
  });

  it('leaves out unfinished outcome rows and proposes nothing without a title', () => {
    expect(
      proposeTimelineSummary({
        title: '读书交流活动',
        type: '读书',
        outcomes: [{ indicator: '', value: 3 }, { indicator: '撰写心得' }],
      }),
    ).toBe('举行读书交流活动。');
    expect(proposeTimelineSummary({ title: '  ', leaders: ['省政协副主席张大方'] })).toBe('');
  });

  it('keeps a title that says who went where whole, and knows a place named without its kind', () => {
    expect(
      proposeTimelineSummary({
        title: '港澳委员赴岳阳调研文旅融合',
        type: '调研',
        place: '岳阳市',
        participants: attending(3),
      }),
    ).toBe('港澳委员赴岳阳调研文旅融合，3名委员参加。');
    expect(
      proposeTimelineSummary({
        title: '港澳委员赴岳阳调研文旅融合',
        type: '调研',
        leadLeader: '省政协副主席张大方',
      }),
    ).toBe('省政协副主席张大方率队，港澳委员赴岳阳调研文旅融合。');
    expect(
      proposeTimelineSummary({
        title: '文旅融合专题调研',
        type: '调研',
        place: '岳阳市',
        participants: attending(3),
      }),
    ).toBe('3名委员赴岳阳市开展文旅融合专题调研。');
    expect(
      proposeTimelineSummary({ title: '岳阳文旅融合调研', type: '调研', place: '岳阳市' }),
    ).toBe('开展岳阳文旅融合调研。');
    // 考察调研 after 委员 is what was done, not a sentence: the title is put after who went.
    expect(
      proposeTimelineSummary({
        title: '港澳委员考察调研',
        type: '调研',
        place: '郴州',
        participants: attending(2),
      }),
    ).toBe('2名委员赴郴州开展港澳委员考察调研。');
  });
});
