import { recordTitle } from '../recordSearchInput';
import { RECORD_KINDS, type RecordKind } from '../records';
import type { RowsByKind } from './bundleFormat';
import {
  planIncoming,
  recordToStore,
  type IncomingPlan,
  type IncomingVerdict,
  type Resolution,
  type VersionedRecord,
} from './incomingVersion';

/** The verdicts in the order the preview shows them. */
export const VERDICTS: readonly IncomingVerdict[] = ['新增', '更新', '删除', '冲突', '相同'];

/** One record of a 交接包 against this install's record of the same id. */
export interface IncomingItem {
  kind: RecordKind;
  id: string;
  /** The record's name as lists show it (姓名, 活动名称 …). */
  title: string;
  plan: IncomingPlan;
  /** This install's version, when it has one. */
  local: VersionedRecord | undefined;
  incoming: VersionedRecord;
}

/** What importing a bundle means for one kind: its records, by verdict. */
export interface KindPlan {
  kind: RecordKind;
  counts: Record<IncomingVerdict, number>;
  items: IncomingItem[];
}

/** A record the import writes, against the revision the preview read (null: none here then). */
export interface ImportWrite {
  kind: RecordKind;
  id: string;
  baseRev: number | null;
  verdict: IncomingVerdict;
  /** What to store, with its history `_revs`. */
  record: VersionedRecord;
  /**
   * The record is the bundle's row as reading the bundle checked it against its kind's schema
   * (a `take`, only its rev moved on): applying it need not check it again.
   */
  checked?: boolean;
}

/**
 * The preview of an import: for each kind the bundle holds, every record's verdict (新增 · 更新 ·
 * 删除 · 冲突 · 相同) against `local`, this install's record of that id.
 */
export function planImport(
  rows: RowsByKind,
  local: (kind: RecordKind, id: string) => VersionedRecord | undefined,
): KindPlan[] {
  const plans: KindPlan[] = [];
  for (const kind of RECORD_KINDS) {
    const kindRows = rows[kind];
    if (!kindRows) continue;
    const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<
      IncomingVerdict,
      number
    >;
    const items = kindRows.map((row) => {
      const incoming = row as unknown as VersionedRecord;
      const mine = local(kind, incoming.id);
      const plan = planIncoming(mine, incoming);
      counts[plan.verdict]++;
      return { kind, id: incoming.id, title: titleOf(kind, incoming), plan, local: mine, incoming };
    });
    plans.push({ kind, counts, items });
  }
  return plans;
}

/** The conflicts still waiting for a choice. */
export function unresolved(
  plans: readonly KindPlan[],
  resolutions: ReadonlyMap<string, Resolution>,
): IncomingItem[] {
  return plans.flatMap((plan) =>
    plan.items.filter((item) => item.plan.write === 'resolve' && !resolutions.has(item.id)),
  );
}

/**
 * Everything the import writes, each conflict settled by its resolution. Records the plan leaves
 * as they are write nothing, so importing the same bundle again writes nothing at all.
 */
export function importWrites(
  plans: readonly KindPlan[],
  resolutions: ReadonlyMap<string, Resolution>,
  now: string = new Date().toISOString(),
): ImportWrite[] {
  const writes: ImportWrite[] = [];
  for (const { items } of plans) {
    for (const item of items) {
      const record = recordToStore(
        item.local,
        item.incoming,
        item.plan,
        resolutions.get(item.id),
        now,
      );
      if (!record) continue;
      writes.push({
        kind: item.kind,
        id: item.id,
        baseRev: item.local ? item.local.rev : null,
        verdict: item.plan.verdict,
        record,
        checked: item.plan.write === 'take',
      });
    }
  }
  return writes;
}

function titleOf(kind: RecordKind, record: VersionedRecord): string {
  try {
    return recordTitle(kind, record as never) || '（无标题）';
  } catch {
    return '（无标题）';
  }
}
