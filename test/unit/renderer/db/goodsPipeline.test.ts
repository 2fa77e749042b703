import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import {
  overdueGoodsStages,
  readStageLimitDays,
  saveStageLimitDays,
} from '../../../../renderer/src/db/goodsPipeline';
import {
  moveGoodsStage,
  StageMoveRefusedError,
} from '../../../../renderer/src/db/repositories/goodsStageRepository';
import { StaleRecordError } from '../../../../renderer/src/db/repositories/recordErrors';
import { createRecord, getRecord } from '../../../../renderer/src/db/repositories/recordRepository';
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
});
