import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import {
  countListed,
  defaultOrder,
  readAllListed,
  type ListFilters,
} from '../../../../renderer/src/db/recordPages';
import {
  createRecord,
  deleteRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import type { RecordKind } from '../../../../renderer/src/domain/records';
import { freshDatabase } from './freshDatabase';

// The filters 总览's figures open: 月份 and 有无参加委员 on 履职活动, 物资状态 and 票据号 on 捐赠.

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

/** What the list holds under the filters, by title or note, with the count it shows agreeing. */
async function listed(
  kind: 'activity' | 'donation' | 'member',
  filters: ListFilters,
): Promise<string[]> {
  const query = { kind: kind as RecordKind, order: defaultOrder(kind), filters };
  const records = await readAllListed(query);
  expect(await countListed(query)).toBe(records.length);
  // Which records, not their order (records of one date are in id order).
  return records
    .map((r) =>
      'title' in r ? r.title : 'name' in r ? r.name : ((r as { note?: string }).note ?? ''),
    )
    .sort();
}

const same = (titles: string[]) => [...titles].sort();

describe('the 履职活动 list filters of 总览', () => {
  it('find a year’s activities by month, the month unknown ones under 不详, and those with nobody', async () => {
    const member = await createRecord('member', { name: '陈美玲' });
    const someone = [{ memberId: member.id }];
    await createRecord('activity', {
      title: '九月调研',
      type: '调研',
      startDate: { year: 2018, month: 9, day: 3 },
      participants: someone,
    });
    await createRecord('activity', {
      title: '九月会议',
      type: '会议',
      startDate: { year: 2018, month: 9 },
    });
    await createRecord('activity', { title: '年内帮扶', type: '帮扶', startDate: { year: 2018 } });
    await createRecord('activity', {
      title: '次年九月',
      type: '调研',
      startDate: { year: 2019, month: 9, day: 1 },
      participants: someone,
    });
    const deleted = await createRecord('activity', {
      title: '删掉的九月',
      type: '调研',
      startDate: { year: 2018, month: 9, day: 9 },
    });
    await createRecord('activity', {
      title: '十二月',
      type: '会议',
      startDate: { year: 2018, month: 12, day: 31 },
      participants: someone,
    });
    await deleteRecord('activity', deleted.id, deleted.rev);

    expect(await listed('activity', { year: '2018', month: '9' })).toEqual(
      same(['九月调研', '九月会议']),
    );
    expect(await listed('activity', { year: '2018', month: '不详' })).toEqual(same(['年内帮扶']));
    expect(await listed('activity', { year: '2018', month: '12' })).toEqual(same(['十二月']));
    expect(await listed('activity', { month: '9' })).toEqual(
      same(['次年九月', '九月调研', '九月会议']),
    );
    expect(await listed('activity', { year: '2018', participants: '无' })).toEqual(
      same(['九月会议', '年内帮扶']),
    );
    expect(await listed('activity', { year: '2018', participants: '有' })).toEqual(
      same(['十二月', '九月调研']),
    );
  });
});

describe('the 委员 list filter of 总览', () => {
  it('finds the members who attended a live activity of the year, not those only 缺席 there, and follows a change', async () => {
    const chen = await createRecord('member', { name: '陈美玲' });
    const li = await createRecord('member', { name: '李国华' });
    const wang = await createRecord('member', { name: '王建设' });
    const zhao = await createRecord('member', { name: '赵一鸣' });
    await createRecord('member', { name: '不参加' });
    await createRecord('activity', {
      title: '调研',
      type: '调研',
      startDate: { year: 2018, month: 9 },
      participants: [{ memberId: chen.id }, { memberId: li.id, attendance: '缺席' }],
    });
    await createRecord('activity', {
      title: '次年',
      type: '会议',
      startDate: { year: 2019, month: 1 },
      participants: [{ memberId: wang.id }],
    });
    const gone = await createRecord('activity', {
      title: '删掉的',
      type: '会议',
      startDate: { year: 2018 },
      participants: [{ memberId: zhao.id }],
    });
    await deleteRecord('activity', gone.id, gone.rev);

    // 李国华 was 缺席: listed, but he did not take part.
    expect(await listed('member', { activityYear: '2018' })).toEqual(['陈美玲']);
    expect(await listed('member', { activityYear: '2019' })).toEqual(same(['王建设']));
    expect(await listed('member', { activityYear: '2017' })).toEqual([]);
    expect(await listed('member', { activityYear: '2018', name: '陈美玲' })).toEqual(['陈美玲']);
    expect(await listed('member', { activityYear: '2018', name: '李国华' })).toEqual([]);

    await createRecord('activity', {
      title: '补登',
      type: '视察',
      startDate: { year: 2018, month: 12, day: 1 },
      participants: [{ memberId: wang.id }, { memberId: li.id }],
    });
    expect(await listed('member', { activityYear: '2018' })).toEqual(
      same(['陈美玲', '李国华', '王建设']),
    );
    await deleteRecord('member', li.id, li.rev);
    expect(await listed('member', { activityYear: '2018' })).toEqual(same(['陈美玲', '王建设']));
  });
});

describe('the 捐赠 list filters of 总览', () => {
  it('find goods by the stage they are at now, and cash donations with no 票据号', async () => {
    const cash = (note: string, receiptNo?: string) =>
      createRecord('donation', {
        kind: '资金',
        donors: [{ type: '其他', name: '海外侨胞' }],
        amount: { amountMinor: 100_00, currency: 'CNY' },
        date: { year: 2020, month: 2 },
        ...(receiptNo ? { receiptNo } : {}),
        note,
      });
    await cash('有票据', '示例-001');
    await cash('无票据');
    const goods = (note: string, stages: string[]) =>
      createRecord('donation', {
        kind: '物资',
        donors: [{ type: '其他', name: '澳门某商会' }],
        items: [{ name: '口罩', quantity: 100 }],
        date: { year: 2020, month: 3 },
        stages: stages.map((stage, i) => ({
          stage,
          date: { year: 2020, month: 3, day: i + 1 },
        })),
        receiptNo: '示例-W01',
        note,
      });
    await goods('到了接收', ['登记', '鉴定', '报关', '运输', '接收']);
    await goods('已致谢', ['登记', '接收', '分配', '致谢']);
    await goods('刚登记', []);

    expect(await listed('donation', { year: '2020', kind: '资金', receipt: '未填' })).toEqual(
      same(['无票据']),
    );
    expect(await listed('donation', { year: '2020', receipt: '已填' })).toEqual(
      same(['到了接收', '已致谢', '刚登记', '有票据']),
    );
    expect(await listed('donation', { stage: '接收' })).toEqual(same(['到了接收']));
    // No stage recorded yet is 登记, as the board shows it; cash is at no stage.
    expect(await listed('donation', { stage: '登记' })).toEqual(same(['刚登记']));
    expect(await listed('donation', { year: '2019', stage: '致谢' })).toEqual(same([]));
  });
});
