import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import {
  countOverdueGoods,
  overdueGoodsStages,
  readStageLimitDays,
  saveStageLimitDays,
} from '../../../../renderer/src/db/goodsPipeline';
import {
  moveGoodsStage,
  StageMoveRefusedError,
} from '../../../../renderer/src/db/repositories/goodsStageRepository';
import { StaleRecordError } from '../../../../renderer/src/db/repositories/recordErrors';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import {
  createRecord,
  deleteRecord,
  getRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { undo } from '../../../../renderer/src/db/repositories/undoRepository';
import type { Donation } from '../../../../renderer/src/domain/records';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

function goods(name: string, date: Donation['date'], stages: Donation['stages'] = []) {
  return createRecord('donation', {
    kind: '物资',
    donors: [{ type: '其他', name }],
    items: [{ name: '口罩', quantity: 1000, unit: '只' }],
    stages,
    date,
  });
}

const MOVE = {
  stage: '鉴定' as const,
  date: { year: 2024, month: 3, day: 4 },
  operator: '王小明',
  note: '核验合格',
};

describe('moveGoodsStage', () => {
  it('records the stage on the donation, logs it, and 撤销 puts the goods back', async () => {
    const created = await goods('香港某商会', { year: 2024, month: 3, day: 1 });
    const moved = await moveGoodsStage(created.id, created.rev, MOVE);
    expect(moved.rev).toBe(2);
    expect((await getRecord('donation', created.id))?.stages).toEqual([
      { stage: '鉴定', date: MOVE.date, operator: '王小明', note: '核验合格' },
    ]);
    const logged = await database.audit.orderBy('at').last();
    expect(logged?.summary).toBe('物资流转：香港某商会捐赠从“登记”移到“鉴定”');

    expect(await undo()).toBe('已撤销：物资流转：香港某商会捐赠从“登记”移到“鉴定”');
    expect(await getRecord('donation', created.id)).toMatchObject({ stages: [], rev: 3 });
  });

  it('writes nothing for a donation changed since it was read, or a move the rules refuse', async () => {
    const created = await goods('澳门某基金会', { year: 2024, month: 3, day: 1 });
    await moveGoodsStage(created.id, created.rev, MOVE);
    await expect(
      moveGoodsStage(created.id, created.rev, { ...MOVE, stage: '报关' }),
    ).rejects.toBeInstanceOf(StaleRecordError);
    await expect(moveGoodsStage(created.id, 2, { ...MOVE, stage: '登记' })).rejects.toThrow(
      new StageMoveRefusedError('不能从“鉴定”退回“登记”：只能移到之后的阶段，退回请用“撤销”'),
    );
    expect(await getRecord('donation', created.id)).toMatchObject({ rev: 2 });
    expect(await database.audit.count()).toBe(2);
  });
});

describe('overdueGoodsStages', () => {
  it('lists goods held past the limit of 设置 (30 days unless set), longest first, never 致谢', async () => {
    const fresh = await goods('甲', { year: 2024, month: 4, day: 1 });
    const waiting = await goods('乙', { year: 2024, month: 3, day: 1 }, [
      { stage: '登记', date: { year: 2024, month: 3, day: 1 } },
      { stage: '运输', date: { year: 2024, month: 3, day: 20 } },
    ]);
    const oldest = await goods('丙', { year: 2024, month: 1, day: 5 });
    await goods('丁', { year: 2023, month: 1, day: 1 }, [
      { stage: '致谢', date: { year: 2023, month: 2, day: 1 } },
    ]);
    expect(await readStageLimitDays()).toBe(30);
    // On 2024-04-25: 甲 24 days, 乙 36 days at 运输, 丙 111 days at 登记, 丁 thanked.
    const overdue = await overdueGoodsStages('2024-04-25');
    expect(overdue.map((o) => [o.donation.id, o.stage, o.days])).toEqual([
      [oldest.id, '登记', 111],
      [waiting.id, '运输', 36],
    ]);
    await saveStageLimitDays(20);
    expect((await overdueGoodsStages('2024-04-25')).map((o) => o.donation.id)).toEqual([
      oldest.id,
      waiting.id,
      fresh.id,
    ]);
    await expect(saveStageLimitDays(0)).rejects.toThrow('超期天数应为 1 至 3650 之间的整数');
    expect(await readStageLimitDays()).toBe(20);
  });

  it('logs a change of the limit in the 操作记录 as 设置, and nothing for one refused', async () => {
    await saveStageLimitDays(45);
    await expect(saveStageLimitDays(0)).rejects.toThrow(RangeError);
    await saveStageLimitDays(45);
    const log = await database.audit.toArray();
    expect(log.map((entry) => [entry.kind, entry.action, entry.summary])).toEqual([
      ['settings', 'update', '修改物资流转：阶段超期天数 30 天 → 45 天'],
    ]);
  });
});

describe('countOverdueGoods', () => {
  it('counts what overdueGoodsStages lists, through moves, deletions, 撤销 and a bulk import', async () => {
    const waiting = await goods('乙', { year: 2024, month: 3, day: 1 }, [
      { stage: '运输', date: { year: 2024, month: 3, day: 20 } },
    ]);
    const oldest = await goods('丙', { year: 2024, month: 1, day: 5 });
    await goods('甲', { year: 2024, month: 4, day: 1 });
    await goods('丁', { year: 2023, month: 1, day: 1 }, [
      { stage: '致谢', date: { year: 2023, month: 2, day: 1 } },
    ]);
    // On 2024-04-25: 丙 111 days at 登记, 乙 36 at 运输, 甲 24, 丁 thanked.
    expect(await countOverdueGoods('2024-04-25')).toBe(2);
    expect(await countOverdueGoods('2024-04-25', 20)).toBe(3);

    // 丙 moves on to 鉴定 on 4月20日: 5 days there, no longer overdue; 撤销 brings it back.
    await moveGoodsStage(oldest.id, oldest.rev, {
      ...MOVE,
      date: { year: 2024, month: 4, day: 20 },
    });
    expect(await countOverdueGoods('2024-04-25')).toBe(1);
    await undo();
    expect(await countOverdueGoods('2024-04-25')).toBe(2);

    await deleteRecord('donation', waiting.id, waiting.rev);
    expect(await countOverdueGoods('2024-04-25')).toBe(1);

    await bulkCreateRecords('donation', [
      {
        input: {
          kind: '物资',
          donors: [{ type: '其他', name: '戊' }],
          items: [{ name: '药品', quantity: 10, unit: '箱' }],
          date: { year: 2022, month: 6 },
        },
      },
    ]);
    expect(await countOverdueGoods('2024-04-25')).toBe(2);
  });

  it('reads the goods of a year whose kept count was written before goods were counted', async () => {
    await goods('丙', { year: 2024, month: 1, day: 5 });
    await goods('己', { year: 2023, month: 5, day: 1 });
    // As a database of an earlier version keeps 2023: without the goods.
    await database.yearCounts.update(['donation', 2023], { openGoods: undefined });
    expect(await countOverdueGoods('2024-04-25')).toBe(2);
    // A later write to that year keeps it without them, rather than count a part as the whole.
    await goods('庚', { year: 2023, month: 7, day: 1 });
    expect((await database.yearCounts.get(['donation', 2023]))?.openGoods).toBeUndefined();
    expect(await countOverdueGoods('2024-04-25')).toBe(3);
  });
});
