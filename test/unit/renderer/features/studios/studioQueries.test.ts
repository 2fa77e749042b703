import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  deleteRecord,
  updateRecord,
} from '../../../../../renderer/src/db/repositories/recordRepository';
import { readStudioActivities } from '../../../../../renderer/src/features/studios/studioQueries';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

describe('readStudioActivities', () => {
  it('reads a studio’s live 接待日 and 值班, newest first, and nothing of other studios', async () => {
    const minge = await createRecord('studio', { name: '民革界别委员工作室', type: '界别' });
    const zhigong = await createRecord('studio', { name: '致公界别委员工作室', type: '界别' });
    const duty = (title: string, type: '接待' | '值班', startDate: object, studioId: string) =>
      createRecord('activity', { title, type, startDate, duty: { studioId, messageCount: 1 } });
    await duty('三月接待日', '接待', { year: 2021, month: 3, day: 6 }, minge.id);
    await duty('五月值班', '值班', { year: 2021, month: 5, day: 8 }, minge.id);
    await duty('是年接待日', '接待', { year: 2021 }, minge.id);
    await duty('致公值班', '值班', { year: 2021, month: 4, day: 1 }, zhigong.id);
    const removed = await duty(
      '已删除的接待日',
      '接待',
      { year: 2021, month: 6, day: 1 },
      minge.id,
    );
    await deleteRecord('activity', removed.id, removed.rev);
    // Moved to another studio: no longer this one's.
    const moved = await duty('改到致公的值班', '值班', { year: 2021, month: 7, day: 1 }, minge.id);
    await updateRecord(
      'activity',
      moved.id,
      {
        title: moved.title,
        type: '值班',
        startDate: moved.startDate,
        duty: { studioId: zhigong.id },
      },
      moved.rev,
    );

    expect((await readStudioActivities(minge.id)).map((a) => a.title)).toEqual([
      '是年接待日',
      '五月值班',
      '三月接待日',
    ]);
    expect((await readStudioActivities(zhigong.id)).map((a) => a.title)).toEqual([
      '改到致公的值班',
      '致公值班',
    ]);
  });
});
