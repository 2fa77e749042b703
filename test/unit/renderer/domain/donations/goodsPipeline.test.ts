import { describe, expect, it } from 'vitest';
import {
  currentStage,
  daysInStage,
  isOverdue,
  moveRefusal,
  nextStage,
  stagesAfterMove,
} from '../../../../../renderer/src/domain/donations/goodsPipeline';
import type { Donation } from '../../../../../renderer/src/domain/records';

type Goods = Pick<Donation, 'kind' | 'stages' | 'date'>;

const goods = (stages: Donation['stages'], date = { year: 2024, month: 3, day: 1 }): Goods => ({
  kind: '物资',
  stages,
  date,
});

describe('stage moves', () => {
  it('goes forward only, skipping stages if need be, and says why a move back is refused', () => {
    expect(moveRefusal('登记', '鉴定')).toBeNull();
    expect(moveRefusal('鉴定', '运输')).toBeNull();
    expect(moveRefusal('接收', '鉴定')).toBe(
      '不能从“接收”退回“鉴定”：只能移到之后的阶段，退回请用“撤销”',
    );
    expect(moveRefusal('报关', '报关')).toBe('已在“报关”阶段');
    expect(nextStage('分配')).toBe('致谢');
    expect(nextStage('致谢')).toBeUndefined();
  });

  it('puts goods with no stage recorded at 登记, otherwise at their last stage', () => {
    expect(currentStage(goods([]))).toBe('登记');
    expect(
      currentStage(
        goods([
          { stage: '登记', date: { year: 2024, month: 3, day: 1 } },
          { stage: '报关', date: { year: 2024, month: 3, day: 5 } },
        ]),
      ),
    ).toBe('报关');
  });

  it('appends the stage with its date, 经办人 and 说明', () => {
    const before = goods([{ stage: '登记', date: { year: 2024, month: 3, day: 1 } }]);
    const moved = stagesAfterMove(before, {
      stage: '鉴定',
      date: { year: 2024, month: 3, day: 4 },
      operator: ' 王小明 ',
      note: ' 核验合格 ',
    });
    expect(moved).toEqual({
      ok: true,
      stages: [
        { stage: '登记', date: { year: 2024, month: 3, day: 1 } },
        {
          stage: '鉴定',
          date: { year: 2024, month: 3, day: 4 },
          operator: '王小明',
          note: '核验合格',
        },
      ],
    });
    // The donation itself is not changed.
    expect(before.stages).toHaveLength(1);
  });

  it('refuses a move back, a date before the stage began, a missing 经办人, or cash', () => {
    const at = goods([{ stage: '运输', date: { year: 2024, month: 3, day: 10 } }]);
    const move = { date: { year: 2024, month: 3, day: 12 }, operator: '王小明' };
    expect(stagesAfterMove(at, { ...move, stage: '报关' })).toMatchObject({ ok: false });
    expect(
      stagesAfterMove(at, { ...move, stage: '接收', date: { year: 2024, month: 3, day: 9 } }),
    ).toEqual({ ok: false, message: '日期：不能早于“运输”的日期 2024年3月10日' });
    expect(
      stagesAfterMove(at, { ...move, stage: '接收', date: { year: 2024, month: 2, day: 30 } }),
    ).toEqual({ ok: false, message: '日期：2024年2月没有30日' });
    expect(stagesAfterMove(at, { ...move, stage: '接收', operator: '  ' })).toEqual({
      ok: false,
      message: '经办人：不能为空',
    });
    expect(stagesAfterMove({ ...at, kind: '资金' }, { ...move, stage: '接收' })).toEqual({
      ok: false,
      message: '只有物资捐赠有流转阶段',
    });
  });
});

describe('days in stage and overdue', () => {
  it('counts whole days since the stage began, or since the donation when none is dated', () => {
    // 2024-03-10 → 2024-04-09: 21 days left of March + 9 of April = 30.
    const held = goods([{ stage: '运输', date: { year: 2024, month: 3, day: 10 } }]);
    expect(daysInStage(held, '2024-04-09')).toBe(30);
    // No stage: since the donation date, 2024-03-01 → 2024-03-31 (a leap February is behind it).
    expect(daysInStage(goods([]), '2024-03-31')).toBe(30);
    // An undated last stage counts from the stage before it.
    const undated = goods([
      { stage: '登记', date: { year: 2024, month: 2, day: 28 } },
      { stage: '鉴定' },
    ]);
    expect(daysInStage(undated, '2024-03-01')).toBe(2);
    // A date known to the month counts from its first day.
    expect(
      daysInStage(goods([{ stage: '接收', date: { year: 2024, month: 5 } }]), '2024-05-20'),
    ).toBe(19);
  });

  it('flags a stage held longer than the limit, never 致谢', () => {
    const held = goods([{ stage: '运输', date: { year: 2024, month: 3, day: 10 } }]);
    expect(isOverdue(held, '2024-04-09', 30)).toBe(false);
    expect(isOverdue(held, '2024-04-10', 30)).toBe(true);
    expect(isOverdue(held, '2024-03-20', 9)).toBe(true);
    const thanked = goods([{ stage: '致谢', date: { year: 2020, month: 3 } }]);
    expect(isOverdue(thanked, '2024-04-10', 30)).toBe(false);
  });
});
