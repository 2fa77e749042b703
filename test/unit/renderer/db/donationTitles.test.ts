import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { moveGoodsStage } from '../../../../renderer/src/db/repositories/goodsStageRepository';
import {
  createRecord,
  deleteRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { rebuildSearchDocs } from '../../../../renderer/src/db/repositories/searchIndexRepository';
import { SearchIndex } from '../../../../renderer/src/domain/search';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
});

const DATE = { year: 2020, month: 2, day: 3 };
const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });

async function lastSummary(): Promise<string | undefined> {
  return (await database.audit.orderBy('at').last())?.summary;
}

async function searchTitle(id: string): Promise<string | undefined> {
  return (await database.searchDocs.get(id))?.title;
}

describe('a donation as search and the 操作记录 name it', () => {
  it('names the member who gave it, as the timeline does, and follows the member’s name', async () => {
    const wong = await createRecord('member', { name: '黄家豪' });
    const gift = await createRecord('donation', {
      kind: '资金',
      donors: [{ type: '委员', memberId: wong.id }],
      amount: cny(100_000),
      date: DATE,
    });
    expect(await lastSummary()).toBe('新建捐赠“黄家豪捐赠 ¥100,000.00”');
    expect(await searchTitle(gift.id)).toBe('黄家豪捐赠 ¥100,000.00');
    const index = new SearchIndex();
    for (const doc of await database.searchDocs.toArray()) index.upsert(doc);
    for (const query of ['黄家豪', 'hjh']) {
      expect(index.search(query).map((hit) => hit.id)).toEqual(expect.arrayContaining([gift.id]));
    }

    await updateRecord('member', wong.id, { name: '黃家豪' }, wong.rev);
    expect(await searchTitle(gift.id)).toBe('黃家豪捐赠 ¥100,000.00');
    await deleteRecord('member', wong.id, wong.rev + 1);
    expect(await searchTitle(gift.id)).toBe('黃家豪（已删除）捐赠 ¥100,000.00');

    // 重建搜索索引 names them the same way.
    await rebuildSearchDocs();
    expect(await searchTitle(gift.id)).toBe('黃家豪（已删除）捐赠 ¥100,000.00');
  });

  it('names neither a member nor an outside donor who asked not to be named (保密)', async () => {
    const chan = await createRecord('member', { name: '陈美玲' });
    const hers = await createRecord('donation', {
      kind: '资金',
      donors: [{ type: '委员', memberId: chan.id }],
      amount: cny(200_000),
      date: DATE,
      confidential: true,
    });
    expect(await lastSummary()).toBe('新建捐赠“保密捐赠 ¥200,000.00”');
    const theirs = await createRecord('donation', {
      kind: '物资',
      donors: [{ type: '其他', name: '香港中华总商会' }],
      items: [{ name: '口罩', quantity: 1000, unit: '只', value: cny(50_000) }],
      date: DATE,
      confidential: true,
    });
    expect(await lastSummary()).toBe('新建捐赠“保密捐赠物资 ¥50,000.00”');
    await moveGoodsStage(theirs.id, theirs.rev, {
      stage: '鉴定',
      date: { year: 2020, month: 2, day: 5 },
      operator: '王小明',
    });
    expect(await lastSummary()).toBe('物资流转：保密捐赠从“登记”移到“鉴定”');

    await rebuildSearchDocs();
    expect(await searchTitle(hers.id)).toBe('保密捐赠 ¥200,000.00');
    expect(await searchTitle(theirs.id)).toBe('保密捐赠物资 ¥50,000.00');
    const index = new SearchIndex();
    for (const doc of await database.searchDocs.toArray()) index.upsert(doc);
    // Their names find nothing that would show them beside the gift.
    expect(index.search('陈美玲').map((hit) => hit.id)).toEqual([chan.id]);
    expect(index.search('香港中华总商会')).toEqual([]);
    const audit = (await database.audit.toArray()).map((entry) => entry.summary).join('\n');
    expect(audit).not.toMatch(/陈美玲捐赠|香港中华总商会/);
  });
});
