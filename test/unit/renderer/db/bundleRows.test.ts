import { beforeEach, describe, expect, it } from 'vitest';
import { bundleRowOf, bundleRowsOf } from '../../../../renderer/src/db/bundleRows';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  deleteRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { loadSampleData } from '../../../../renderer/src/db/repositories/sampleDataRepository';
import type { StoredRow } from '../../../../renderer/src/db/rows';
import { freshDatabase } from './freshDatabase';

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
  setOperator('王小明');
});

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('rows as a 交接包 carries them', () => {
  it('keep the record and its revision history, not the derived index fields', () => {
    const row = {
      id: '0b8f7a1e-8f1c-4d3a-9b7e-1c2d3e4f5a6b',
      name: '胡旭晟',
      _year: 2021,
      _dateKey: 20210415,
      _memberIds: ['x'],
      _memberDates: [['x', 1]],
      _studioId: 's',
      _sample: 1,
      _timeline: 1,
      _revs: ['1-a1b2c3d4e5f6'],
    } as unknown as StoredRow;
    expect(bundleRowOf(row)).toEqual({
      id: '0b8f7a1e-8f1c-4d3a-9b7e-1c2d3e4f5a6b',
      name: '胡旭晟',
      _revs: ['1-a1b2c3d4e5f6'],
    });
  });

  it('are every row of a kind, tombstones included, read a page at a time', async () => {
    await loadSampleData();
    const gone = await createRecord('member', { name: '卿浙伟' });
    await deleteRecord('member', gone.id, gone.rev);
    const stored = await database.members.toArray();
    const read = await collect(bundleRowsOf(database, 'member', 7));
    expect(read).toHaveLength(stored.length);
    expect(new Set(read.map((row) => row.id))).toEqual(new Set(stored.map((row) => row.id)));
    expect(read.find((row) => row.id === gone.id)?.deletedAt).toEqual(expect.any(String));
    // Of the fields starting with `_`, only the history travels; it is the stored one.
    const underscored = new Set(
      read.flatMap((row) => Object.keys(row).filter((key) => key.startsWith('_'))),
    );
    expect([...underscored]).toEqual(['_revs']);
    for (const row of read) {
      expect(row._revs).toEqual(stored.find((candidate) => candidate.id === row.id)?._revs);
    }
  });
});
