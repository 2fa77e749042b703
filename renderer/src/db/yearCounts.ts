import { currentStage, FINAL_STAGE, stageSince } from '../domain/donations/goodsPipeline';
import { partialDateFirstDay } from '../domain/partialDate';
import type { ActivityType, Donation } from '../domain/records';
import type { RecordKind } from '../domain/records/recordBase';
import type { DutyLedgerDb, YearCount, YearCountedKind } from './DutyLedgerDb';
import type { StoredRow } from './rows';

const COUNTED: ReadonlySet<RecordKind> = new Set<RecordKind>(['activity', 'donation']);

/**
 * Whether a kind is counted per year. Callers skip the others rather than await a call that
 * does nothing: in a transaction, awaiting a promise that made no request lets it commit early.
 */
export function isYearCounted(kind: RecordKind): kind is YearCountedKind {
  return COUNTED.has(kind);
}

interface Place {
  year: number;
  type?: ActivityType;
  /** Goods waiting at a stage before 致谢: the day that stage began. */
  openSince?: string;
}

/** Where a stored row is counted: its year and type; null when it is not live or has no year. */
function placeOf(kind: YearCountedKind, row: StoredRow | undefined): Place | null {
  if (!row || row.deletedAt || typeof row._year !== 'number') return null;
  if (kind === 'donation') {
    const donation = row as Donation;
    if (donation.kind !== '物资' || currentStage(donation) === FINAL_STAGE)
      return { year: row._year };
    return { year: row._year, openSince: partialDateFirstDay(stageSince(donation)) };
  }
  const type = (row as { type?: ActivityType }).type;
  return type ? { year: row._year, type } : { year: row._year };
}

/** Adds `n` to `key` of a tally, leaving out keys that come to 0. */
function addTo<K extends string>(tally: Partial<Record<K, number>>, key: K, n: number): void {
  const sum = (tally[key] ?? 0) + n;
  if (sum) tally[key] = sum;
  else delete tally[key];
}

/** Adds `rows` (or takes them off, with a negative sign) to the given counts, by year. */
function tallyRows(
  kind: YearCountedKind,
  counts: Map<number, YearCount>,
  rows: readonly (StoredRow | undefined)[],
  sign: 1 | -1,
): void {
  for (const row of rows) {
    const place = placeOf(kind, row);
    if (!place) continue;
    let count = counts.get(place.year);
    if (!count) {
      count = { kind, year: place.year, live: 0, types: {} };
      if (kind === 'donation') count.openGoods = {};
      counts.set(place.year, count);
    }
    count.live += sign;
    if (kind === 'activity' && place.type) {
      count.types[place.type] = (count.types[place.type] ?? 0) + sign;
    }
    if (place.openSince && count.openGoods) addTo(count.openGoods, place.openSince, sign);
  }
}

/**
 * Inside the caller's write transaction: rows `removed` leave their year's count and rows
 * `added` join theirs (an update passes its old row as removed and its new one as added).
 */
export async function adjustYearCounts(
  database: DutyLedgerDb,
  kind: RecordKind,
  removed: readonly (StoredRow | undefined)[],
  added: readonly (StoredRow | undefined)[],
): Promise<void> {
  if (!COUNTED.has(kind)) return;
  const counted = kind as YearCountedKind;
  const delta = new Map<number, YearCount>();
  tallyRows(counted, delta, removed, -1);
  tallyRows(counted, delta, added, 1);
  const changes = [...delta.values()].filter(
    (d) =>
      d.live !== 0 ||
      Object.values(d.types).some((n) => n !== 0) ||
      Object.values(d.openGoods ?? {}).some((n) => n !== 0),
  );
  if (changes.length === 0) return;
  const stored = await database.yearCounts.bulkGet(changes.map((d) => [counted, d.year]));
  await database.yearCounts.bulkPut(
    changes.map((d, i) => {
      const was = stored[i];
      const types = { ...was?.types };
      for (const [type, n] of Object.entries(d.types) as [ActivityType, number][]) {
        addTo(types, type, n);
      }
      const next: YearCount = {
        kind: counted,
        year: d.year,
        live: (was?.live ?? 0) + d.live,
        types,
      };
      // A row kept before the goods were counted stays without them: a part would read as all.
      const openGoods = was ? was.openGoods : {};
      if (openGoods && d.openGoods) {
        next.openGoods = { ...openGoods };
        for (const [day, n] of Object.entries(d.openGoods)) addTo(next.openGoods, day, n);
      }
      return next;
    }),
  );
}

/** The counts of a kind's rows (tombstones among them are left out), a row per year. */
export function countYears(kind: YearCountedKind, rows: readonly StoredRow[]): YearCount[] {
  const counts = new Map<number, YearCount>();
  tallyRows(kind, counts, rows, 1);
  return [...counts.values()];
}

/**
 * Inside the caller's write transaction: counts a kind's years again, from `rows` when the
 * caller has just read them all, else from the table.
 */
export async function recountYears(
  database: DutyLedgerDb,
  kind: RecordKind,
  rows?: readonly StoredRow[],
): Promise<void> {
  if (!COUNTED.has(kind)) return;
  const counted = kind as YearCountedKind;
  const counts = countYears(counted, rows ?? (await database.tableOf(kind).toArray()));
  await database.yearCounts.where('kind').equals(counted).delete();
  await database.yearCounts.bulkPut(counts);
}
