import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { searchDocParts } from '../../../../renderer/src/db/searchDocParts';
import type { SearchDoc } from '../../../../renderer/src/domain/search/searchKeys';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

function keyOf(n: number): SearchDoc {
  const id = `m-${String(n).padStart(5, '0')}`;
  return { id, kind: 'member', title: `委员${n}`, rank: 0, t: '', n: '', x: '' } as SearchDoc;
}

async function storeKeys(count: number): Promise<string[]> {
  const docs = Array.from({ length: count }, (_, i) => keyOf(i));
  await database.searchDocs.bulkPut(docs);
  return docs.map((doc) => doc.id);
}

async function readParts(size: number): Promise<SearchDoc[][]> {
  const parts: SearchDoc[][] = [];
  for await (const part of searchDocParts(size)) parts.push(part);
  return parts;
}

describe('the search keys read in parts', () => {
  it('reads every key exactly once across the parts, a short last part included', async () => {
    const ids = await storeKeys(2501);
    const parts = await readParts(1000);
    expect(parts.map((part) => part.length)).toEqual([1000, 1000, 501]);
    expect(parts.flat().map((doc) => doc.id)).toEqual(ids);
  });

  it('ends after a full last part', async () => {
    const ids = await storeKeys(2000);
    const parts = await readParts(1000);
    expect(parts.map((part) => part.length)).toEqual([1000, 1000]);
    expect(parts.flat().map((doc) => doc.id)).toEqual(ids);
  });

  it('yields nothing for an empty store', async () => {
    await database.open();
    expect(await readParts(1000)).toEqual([]);
  });
});
