import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { bulkCreateRecords } from '../../../../renderer/src/db/repositories/bulkRepository';
import { storedRowsOf } from '../../../../renderer/src/db/transferQueries';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

describe('storedRowsOf', () => {
  it('gives each asked id its stored row, in the order asked, and nothing for unknown ids', async () => {
    const members = await bulkCreateRecords(
      'member',
      ['甲', '乙', '丙'].map((name) => ({ input: { name } })),
    );
    for (const unknown of [5, 1500]) {
      const ids: string[] = Array.from({ length: unknown }, () => crypto.randomUUID());
      ids.splice(1, 0, members[2]!.id);
      ids.push(members[0]!.id);
      const rows = await storedRowsOf(db().members, ids);
      expect(rows).toHaveLength(ids.length);
      expect((rows[1] as { name?: string } | undefined)?.name).toBe('丙');
      expect((rows.at(-1) as { name?: string } | undefined)?.name).toBe('甲');
      expect(rows.filter(Boolean)).toHaveLength(2);
    }
  });
});
