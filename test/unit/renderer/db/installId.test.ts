import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { DutyLedgerDb as Db } from '../../../../renderer/src/db/DutyLedgerDb';
import { INSTALL_ID_KEY, installId } from '../../../../renderer/src/db/installId';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});

describe('the installation id a 交接包 names as its source', () => {
  it('is made once, stored in meta, and the same ever after', async () => {
    expect(await database.meta.get(INSTALL_ID_KEY)).toBeUndefined();
    const first = await installId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await database.meta.get(INSTALL_ID_KEY))?.value).toBe(first);
    // Another connection to the same database, as the worker opens.
    const again = new Db(database.name);
    expect(await installId(again)).toBe(first);
    again.close();
  });

  it('is one id when the page and a worker ask at the same time', async () => {
    const other = new Db(database.name);
    const ids = await Promise.all([installId(database), installId(other), installId(database)]);
    expect(new Set(ids).size).toBe(1);
    other.close();
  });

  it('differs between installations', async () => {
    const mine = await installId();
    expect(await installId(freshDatabase())).not.toBe(mine);
  });
});
