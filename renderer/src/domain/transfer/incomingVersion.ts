import { historyOf, REVISION_HISTORY_LIMIT, revisionTag, type Versioned } from '../revisionHistory';

/**
 * What a record in a 交接包 means for the record of the same id here, as the import preview
 * counts it, and what importing it writes. The versions' histories decide (revisionHistory.ts):
 * a version that knows the other's newest tag descends from it.
 */
export type IncomingVerdict = '新增' | '更新' | '删除' | '冲突' | '相同';

/** A stored or bundled record: its fields, its bookkeeping and its history. */
export type VersionedRecord = Versioned & {
  deletedAt?: string | null | undefined;
  [field: string]: unknown;
};

/** How a conflict is settled: keep this install's version, take the bundle's, or a merged one. */
export type Resolution =
  { keep: 'local' } | { keep: 'incoming' } | { keep: 'merged'; record: VersionedRecord };

export interface IncomingPlan {
  verdict: IncomingVerdict;
  /**
   * What to store: the bundle's version as it is (`take`, keeping its history so that both
   * installs name it alike), this install's content with the bundle's history learnt
   * (`learn`, nothing a user sees changes), nothing, or — for a 冲突 — a resolution to choose.
   */
  write: 'take' | 'learn' | 'none' | 'resolve';
}

/**
 * Compares a bundle's record with this install's record of the same id (undefined when there is
 * none). Importing the same bundle twice plans nothing the second time: every record is then at
 * the bundle's newest tag, or past it.
 */
export function planIncoming(
  local: VersionedRecord | undefined,
  incoming: VersionedRecord,
): IncomingPlan {
  // A deletion of a record never seen here is still kept, so that it travels on.
  if (!local) return { verdict: incoming.deletedAt ? '相同' : '新增', write: 'take' };
  const localHistory = historyOf(local);
  const incomingHistory = historyOf(incoming);
  const localHead = localHistory[0];
  const incomingHead = incomingHistory[0];
  if (localHead === incomingHead) return { verdict: '相同', write: 'none' };
  // This install already has the bundle's version, or one made after it.
  if (incomingHead !== undefined && localHistory.includes(incomingHead)) {
    return { verdict: '相同', write: 'none' };
  }
  const same = sameContent(local, incoming);
  if (localHead !== undefined && incomingHistory.includes(localHead)) {
    if (same) return { verdict: '相同', write: 'take' };
    if (incoming.deletedAt && !local.deletedAt) return { verdict: '删除', write: 'take' };
    return { verdict: '更新', write: 'take' };
  }
  // Changed on both sides since they last met: alike by chance, or a real conflict.
  if (same) return { verdict: '相同', write: 'learn' };
  return { verdict: '冲突', write: 'resolve' };
}

/**
 * The record to store for a plan, or undefined when nothing is written. A `take` keeps the
 * bundle's fields and history, with a rev past this install's so that open forms notice; `learn`
 * keeps this install's fields and rev and adds the bundle's tags to its history; a resolution is
 * a new version whose history holds both sides' tags, so that the other install takes it as an
 * update next time instead of meeting the same conflict again.
 */
export function recordToStore(
  local: VersionedRecord | undefined,
  incoming: VersionedRecord,
  plan: IncomingPlan,
  resolution?: Resolution,
  now: string = new Date().toISOString(),
): VersionedRecord | undefined {
  switch (plan.write) {
    case 'none':
      return undefined;
    case 'take':
      return { ...incoming, rev: local ? Math.max(local.rev, incoming.rev) + 1 : incoming.rev };
    case 'learn':
      if (!local) return { ...incoming };
      return { ...local, _revs: mergedHistory(historyOf(local), historyOf(incoming)) };
    case 'resolve': {
      if (!local) return { ...incoming };
      if (!resolution) throw new Error(`冲突未处理：${incoming.id}`);
      const chosen =
        resolution.keep === 'local'
          ? local
          : resolution.keep === 'incoming'
            ? incoming
            : resolution.record;
      const rev = Math.max(local.rev, incoming.rev) + 1;
      return {
        ...chosen,
        id: local.id,
        rev,
        updatedAt: now,
        _revs: [revisionTag(rev), ...mergedHistory(historyOf(local), historyOf(incoming))].slice(
          0,
          REVISION_HISTORY_LIMIT,
        ),
      };
    }
  }
}

/** Both histories, newest of each first, interleaved, without repeats, within the limit. */
function mergedHistory(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    for (const tag of [a[i], b[i]]) if (tag !== undefined && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, REVISION_HISTORY_LIMIT);
}

/** Fields that say when and where a version was written, not what it holds. */
const BOOKKEEPING = new Set(['rev', 'updatedAt']);

/** Whether two versions hold the same record: every field but the bookkeeping and `_` fields. */
export function sameContent(a: VersionedRecord, b: VersionedRecord): boolean {
  return canonical(a) === canonical(b);
}

function canonical(record: VersionedRecord): string {
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    // Absent, undefined and null say the same: not set (deletedAt is null in some versions).
    if (BOOKKEEPING.has(key) || key.startsWith('_') || record[key] == null) continue;
    content[key] = record[key];
  }
  return stableJson(content);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
