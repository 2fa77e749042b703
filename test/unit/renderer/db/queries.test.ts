import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import {
  activitiesLike,
  memberActivities,
  membersNamedLike,
} from '../../../../renderer/src/db/queries';
import {
  createRecord,
  deleteRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

describe('memberActivities', () => {
  it('lists a member’s live activities newest first, 是月 after the dated days, up to the limit', async () => {
    const li = await createRecord('member', { name: '李微微', category: '特邀人士' });
    const other = await createRecord('member', { name: '胡旭晟', category: '特邀人士' });
    const activity = (title: string, startDate: object, memberIds: string[]) =>
      createRecord('activity', {
        title,
        type: '调研',
        startDate,
        participants: memberIds.map((memberId) => ({ memberId, role: '参加' })),
      });
    await activity('郴州行', { year: 2018, month: 5, day: 29 }, [li.id, other.id]);
    await activity('圆桌对话会', { year: 2018, month: 9 }, [li.id]);
    await activity('九月座谈', { year: 2018, month: 9, day: 3 }, [li.id]);
    await activity('别人的调研', { year: 2019, month: 1, day: 1 }, [other.id]);
    const removed = await activity('已删除的活动', { year: 2020, month: 1, day: 1 }, [li.id]);
    await deleteRecord('activity', removed.id, removed.rev);

    expect((await memberActivities(li.id)).map((a) => a.title)).toEqual([
      '圆桌对话会',
      '九月座谈',
      '郴州行',
    ]);
    expect((await memberActivities(li.id, 2)).map((a) => a.title)).toEqual([
      '圆桌对话会',
      '九月座谈',
    ]);
    expect((await memberActivities(other.id)).map((a) => a.title)).toEqual([
      '别人的调研',
      '郴州行',
    ]);
  });
});

describe('membersNamedLike', () => {
  it('finds a member by the same name in traditional or simplified characters, not itself or the deleted', async () => {
    const chan = await createRecord('member', { name: '陳美玲', otherNames: ['Chan Mei Ling'] });
    const gone = await createRecord('member', { name: '陈美玲' });
    await deleteRecord('member', gone.id, gone.rev);
    await createRecord('member', { name: '陈美华' });
    expect((await membersNamedLike(' 陈美玲 ', null)).map((m) => m.name)).toEqual(['陳美玲']);
    expect((await membersNamedLike('chan mei ling', null)).map((m) => m.name)).toEqual(['陳美玲']);
    expect(await membersNamedLike('陈美玲', chan.id)).toEqual([]);
    expect(await membersNamedLike('', null)).toEqual([]);
  });
});

describe('activitiesLike', () => {
  it('finds a live activity of the same dates with a similar name, not itself, the deleted or other dates', async () => {
    const start = { year: 2018, month: 5, day: 29 };
    const end = { year: 2018, month: 6, day: 1 };
    const activity = (title: string, startDate: object, endDate?: object) =>
      createRecord('activity', { title, type: '调研', startDate, ...(endDate ? { endDate } : {}) });
    const trip = await activity('港澳委员郴州考察调研', start, end);
    await activity('港澳委员郴州考察调研活动', start, { year: 2018, month: 5, day: 31 });
    await activity('港澳委员郴州考察调研', { year: 2018, month: 5, day: 30 }, end);
    await activity('全体会议', start, end);
    const gone = await activity('港澳委员赴郴州考察调研', start, end);
    await deleteRecord('activity', gone.id, gone.rev);

    const entered = { title: '港澳委员赴郴州考察调研', startDate: start, endDate: end };
    expect((await activitiesLike(entered, null)).map((a) => a.title)).toEqual([
      '港澳委员郴州考察调研',
    ]);
    expect(await activitiesLike(entered, trip.id)).toEqual([]);
    expect(await activitiesLike({ ...entered, title: ' ' }, null)).toEqual([]);
  });
});
