import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextHistory,
  REVISION_HISTORY_LIMIT,
} from '../../../../../renderer/src/domain/revisionHistory';
import {
  planIncoming,
  recordToStore,
  type Resolution,
  type VersionedRecord,
} from '../../../../../renderer/src/domain/transfer/incomingVersion';

/** A record as an install writes it: a new version with its own tag on top of the last one. */
function created(id: string, fields: Record<string, unknown>): VersionedRecord {
  return { id, rev: 1, updatedAt: 't1', ...fields, _revs: nextHistory(1, undefined) };
}
function edited(record: VersionedRecord, fields: Record<string, unknown>): VersionedRecord {
  const rev = record.rev + 1;
  return { ...record, ...fields, rev, updatedAt: `t${rev}`, _revs: nextHistory(rev, record) };
}

describe('planIncoming', () => {
  const base = created('m1', { name: '张国华', phone: '1' });

  it('adds a record this install has never seen', () => {
    expect(planIncoming(undefined, base)).toEqual({ verdict: '新增', write: 'take' });
  });

  it('keeps a deletion of a record never seen here without counting it as a change', () => {
    const gone = edited(base, { deletedAt: '2026-01-01' });
    expect(planIncoming(undefined, gone)).toEqual({ verdict: '相同', write: 'take' });
  });

  it('does nothing for the same version', () => {
    expect(planIncoming(base, { ...base })).toEqual({ verdict: '相同', write: 'none' });
  });

  it('takes a version made after this one as an update, and a later deletion as 删除', () => {
    expect(planIncoming(base, edited(base, { phone: '2' }))).toEqual({
      verdict: '更新',
      write: 'take',
    });
    expect(planIncoming(base, edited(base, { deletedAt: '2026-01-01' }))).toEqual({
      verdict: '删除',
      write: 'take',
    });
  });

  it('leaves this install’s newer version alone', () => {
    expect(planIncoming(edited(base, { phone: '2' }), base)).toEqual({
      verdict: '相同',
      write: 'none',
    });
  });

  it('calls a record changed on both sides a conflict, unless both now hold the same', () => {
    const here = edited(base, { phone: '2' });
    const there = edited(base, { phone: '3' });
    expect(planIncoming(here, there)).toEqual({ verdict: '冲突', write: 'resolve' });
    const alike = edited(base, { phone: '2' });
    expect(planIncoming(here, alike)).toEqual({ verdict: '相同', write: 'learn' });
  });

  it('reads two copies of a row written before histories were kept as the same version', () => {
    const old = { id: 'm9', rev: 3, updatedAt: '2025-05-01T00:00:00.000Z', name: '李' };
    expect(planIncoming(old, { ...old })).toEqual({ verdict: '相同', write: 'none' });
  });

  it('treats absent, undefined and null alike when comparing content', () => {
    const here = edited(base, { note: undefined, deletedAt: null });
    const there = edited(base, {});
    expect(planIncoming(here, there).verdict).toBe('相同');
  });
});

describe('recordToStore', () => {
  const base = created('m1', { name: '张国华', phone: '1' });

  it('takes an update with its history and a rev past this install’s', () => {
    const here = edited(edited(base, { note: 'x' }), { note: 'y' });
    const there = edited(here, { phone: '9' });
    const plan = planIncoming(here, there);
    const stored = recordToStore(here, there, plan);
    expect(stored).toMatchObject({ phone: '9', rev: 5, _revs: there._revs });
  });

  it('settles a conflict as a version both sides will take as an update', () => {
    const here = edited(base, { phone: '2' });
    const there = edited(base, { phone: '3' });
    const plan = planIncoming(here, there);
    const mine = recordToStore(here, there, plan, { keep: 'local' }, 'now');
    expect(mine).toMatchObject({ phone: '2', rev: 3, updatedAt: 'now' });
    // Back at the other install, the settled version is an update, not the same conflict again.
    expect(planIncoming(there, mine!)).toEqual({ verdict: '更新', write: 'take' });
    const theirs = recordToStore(here, there, plan, { keep: 'incoming' });
    expect(theirs).toMatchObject({ phone: '3' });
    expect(planIncoming(there, theirs!).write).toBe('take');
  });

  it('keeps a history within the limit however many versions meet', () => {
    let here = base;
    let there = base;
    for (let i = 0; i < 30; i++) {
      here = edited(here, { phone: `h${i}` });
      there = edited(there, { phone: `t${i}` });
    }
    const stored = recordToStore(here, there, planIncoming(here, there), { keep: 'local' });
    expect(stored!._revs).toHaveLength(REVISION_HISTORY_LIMIT);
  });
});

// Two installs, a field laptop and the office desk, editing the same records and exchanging
// everything both ways, in any order. Records are fields a, b; a conflict is settled either way.
type Install = Map<string, VersionedRecord>;
type Op =
  | { type: 'edit'; at: 0 | 1; id: string; a: number }
  | { type: 'delete'; at: 0 | 1; id: string }
  | { type: 'create'; at: 0 | 1; id: string }
  | { type: 'exchange'; from: 0 | 1; settle: 'local' | 'incoming' };

const IDS = ['r1', 'r2', 'r3', 'r4'];
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('edit' as const),
    at: fc.constantFrom(0 as const, 1 as const),
    id: fc.constantFrom(...IDS),
    a: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    type: fc.constant('delete' as const),
    at: fc.constantFrom(0 as const, 1 as const),
    id: fc.constantFrom(...IDS),
  }),
  fc.record({
    type: fc.constant('create' as const),
    at: fc.constantFrom(0 as const, 1 as const),
    id: fc.constantFrom('n1', 'n2'),
  }),
  fc.record({
    type: fc.constant('exchange' as const),
    from: fc.constantFrom(0 as const, 1 as const),
    settle: fc.constantFrom('local' as const, 'incoming' as const),
  }),
);

/** Imports every record of `from` into `into`; returns how many records it wrote. */
function importAll(into: Install, from: Install, settle: Resolution['keep']): number {
  let writes = 0;
  for (const incoming of from.values()) {
    const local = into.get(incoming.id);
    const plan = planIncoming(local, incoming);
    const resolution: Resolution | undefined =
      settle === 'merged' ? undefined : ({ keep: settle } as Resolution);
    const stored = recordToStore(local, incoming, plan, resolution);
    if (stored) {
      into.set(stored.id, structuredClone(stored));
      writes++;
    }
  }
  return writes;
}

function apply(installs: [Install, Install], op: Op): void {
  if (op.type === 'exchange') {
    importAll(installs[op.from === 0 ? 1 : 0], installs[op.from], op.settle);
    return;
  }
  const install = installs[op.at];
  const current = install.get(op.id);
  if (op.type === 'create') {
    if (!current) install.set(op.id, created(op.id, { a: op.at, b: 0 }));
    return;
  }
  if (!current || current.deletedAt) return;
  install.set(
    op.id,
    op.type === 'edit' ? edited(current, { a: op.a }) : edited(current, { deletedAt: 'gone' }),
  );
}

const contentOf = (install: Install) =>
  [...install.values()]
    .map(({ id, a, b, deletedAt }) => ({ id, a, b, deletedAt: deletedAt ?? null }))
    .sort((x, y) => x.id.localeCompare(y.id));

describe('two installs exchanging bundles', () => {
  it('converge after exchanging both ways, whatever was edited and however conflicts were settled', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 40 }),
        fc.constantFrom('local' as const, 'incoming' as const),
        (ops, settle) => {
          const shared = new Map(IDS.map((id) => [id, created(id, { a: 0, b: 1 })]));
          const installs: [Install, Install] = [structuredClone(shared), structuredClone(shared)];
          for (const op of ops) apply(installs, op);
          importAll(installs[1], installs[0], settle);
          importAll(installs[0], installs[1], settle);
          expect(contentOf(installs[0])).toEqual(contentOf(installs[1]));
          // Once met, a further exchange either way writes nothing.
          expect(importAll(installs[1], installs[0], settle)).toBe(0);
          expect(importAll(installs[0], installs[1], settle)).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an export imported into an empty profile gives the same records, and twice is once', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), (ops) => {
        const installs: [Install, Install] = [
          new Map(IDS.map((id) => [id, created(id, { a: 0, b: 1 })])),
          new Map(),
        ];
        for (const op of ops) if (op.type !== 'exchange' && op.at === 0) apply(installs, op);
        const empty: Install = new Map();
        importAll(empty, installs[0], 'local');
        expect([...empty.values()].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
          [...installs[0].values()].sort((x, y) => x.id.localeCompare(y.id)),
        );
        expect(importAll(empty, installs[0], 'local')).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
