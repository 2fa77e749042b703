import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { readRecordNames } from '../../../../renderer/src/db/recordNames';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

const NOWHERE = '5a3d1001-0000-4000-8000-0000000000ff';

describe('readRecordNames', () => {
  it('names live records plainly, deleted ones （已删除） and unknown ids （未知记录）', async () => {
    const zhang = await createRecord('member', { name: '张国华' });
    const chen = await createRecord('member', { name: '陈美玲' });
    await deleteRecord('member', chen.id, chen.rev);
    const names = await readRecordNames('member', [zhang.id, chen.id, NOWHERE, zhang.id]);
    expect([...names]).toEqual([
      [zhang.id, '张国华'],
      [chen.id, '陈美玲（已删除）'],
      [NOWHERE, '（未知记录）'],
    ]);
  });

  it('gives the plain name back once the record is restored', async () => {
    const studio = await createRecord('studio', { name: '侨联界别委员工作室', type: '界别' });
    await deleteRecord('studio', studio.id, studio.rev);
    expect((await readRecordNames('studio', [studio.id])).get(studio.id)).toBe(
      '侨联界别委员工作室（已删除）',
    );
    await restoreRecord('studio', studio.id, studio.rev + 1);
    expect((await readRecordNames('studio', [studio.id])).get(studio.id)).toBe(
      '侨联界别委员工作室',
    );
  });
});
