import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import { RecordValidationError } from '../../../../renderer/src/db/repositories/recordErrors';
import { getRecord } from '../../../../renderer/src/db/repositories/recordRepository';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
});

const people = ['胡旭晟', '卿浙伟', '张大方'].map((name) => ({
  input: { name, category: '特邀人士' },
}));

describe('bulkCreateRecords', () => {
  it('writes every record with its search keys and logs the batch once', async () => {
    const records = await bulkCreateRecords('member', people);
    expect(records.map((r) => r.name)).toEqual(['胡旭晟', '卿浙伟', '张大方']);
    expect(await getRecord('member', records[1]!.id)).toMatchObject({ name: '卿浙伟', rev: 1 });
    expect(await database.searchDocs.count()).toBe(3);
    const audit = await database.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'import',
      operator: '王小明',
      summary: '导入委员 3 条',
      recordIds: records.map((r) => r.id),
      after: { count: 3 },
    });
  });

  it('refuses the whole batch when one row is bad, naming the row and field', async () => {
    const bad = [...people.slice(0, 1), { input: { name: ' ', category: '特邀人士' } }];
    const attempt = bulkCreateRecords('member', bad);
    await expect(attempt).rejects.toBeInstanceOf(RecordValidationError);
    await expect(attempt).rejects.toThrow(/第2条：姓名：不能为空/);
    expect(await database.members.count()).toBe(0);
    expect(await database.searchDocs.count()).toBe(0);
    expect(await database.audit.count()).toBe(0);
  });

  it('refuses a batch that reuses an existing id, keeping the existing record', async () => {
    const [first] = await bulkCreateRecords('member', people.slice(0, 1));
    const clash = [people[1]!, { id: first!.id, input: { name: '冒名', category: '特邀人士' } }];
    await expect(bulkCreateRecords('member', clash)).rejects.toThrow(
      '第2条委员记录与已有记录的编号相同，整批未导入',
    );
    expect(await database.members.count()).toBe(1);
    expect(await getRecord('member', first!.id)).toMatchObject({ name: '胡旭晟' });
    expect(await database.audit.count()).toBe(1);
  });
});
