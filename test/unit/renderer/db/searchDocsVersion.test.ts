import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { createRecord } from '../../../../renderer/src/db/repositories/recordRepository';
import {
  rebuildSearchDocsIfOutdated,
  searchDocsOutdated,
} from '../../../../renderer/src/db/searchDocsVersion';
import { SEARCH_DOC_VERSION, SearchIndex } from '../../../../renderer/src/domain/search';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

/** What a search of the stored keys finds, as the search worker would load them. */
async function findStored(query: string): Promise<string[]> {
  const index = new SearchIndex();
  for (const doc of await database.searchDocs.toArray()) index.upsert(doc);
  return index.search(query).map((hit) => hit.title);
}

/** Makes the stored keys look as an older format left them: no pinyin, another version. */
async function ageStoredKeys(version: number | null): Promise<void> {
  await database.searchDocs.toCollection().modify((doc) => {
    doc.py = '';
    doc.pyl = '0'.repeat(doc.pyl.length);
    doc.pi = '';
  });
  if (version === null) await database.meta.delete('searchDocVersion');
  else await database.meta.put({ key: 'searchDocVersion', value: version });
}

describe('search keys of another format version', () => {
  it('counts a new database as current, so a first start rebuilds nothing', async () => {
    await database.open();
    expect(await database.meta.toArray()).toEqual([
      { key: 'searchDocVersion', value: SEARCH_DOC_VERSION },
    ]);
    expect(await searchDocsOutdated()).toBe(false);
  });

  it('rebuilds keys written by an older format on start, and notes the version', async () => {
    await createRecord('member', { name: '胡旭晟' });
    await ageStoredKeys(1);
    expect(await findStored('hxs')).toEqual([]);

    expect(await rebuildSearchDocsIfOutdated()).toBe(true);
    expect(await findStored('hxs')).toEqual(['胡旭晟']);
    expect(await database.meta.get('searchDocVersion')).toEqual({
      key: 'searchDocVersion',
      value: SEARCH_DOC_VERSION,
    });
    expect(await rebuildSearchDocsIfOutdated()).toBe(false);
  });

  it('rebuilds keys whose version is unknown (written before the version was kept)', async () => {
    await createRecord('member', { name: '李微微' });
    await ageStoredKeys(null);
    expect(await rebuildSearchDocsIfOutdated()).toBe(true);
    expect(await findStored('lww')).toEqual(['李微微']);
  });

  it('leaves keys of the current version alone, so a normal start stays cheap', async () => {
    await createRecord('member', { name: '胡旭晟' });
    await ageStoredKeys(SEARCH_DOC_VERSION);
    expect(await rebuildSearchDocsIfOutdated()).toBe(false);
    // Had it rebuilt, the initials would be back.
    expect(await findStored('hxs')).toEqual([]);
    expect(await findStored('胡旭晟')).toEqual(['胡旭晟']);
  });
});
