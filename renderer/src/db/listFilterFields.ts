import type { IndexableType } from 'dexie';
import { currentStage } from '../domain/donations/goodsPipeline';
import type { RecordByKind, RecordKind } from '../domain/records';
import { UNKNOWN_MONTH } from '../domain/unknownMonth';
import { db } from './database';
import type { StoredRow } from './rows';

/** The 专项 filter's value for the donations of no 专项 (shown as 未归专项). */
export const NO_CAMPAIGN = 'none';

/** Whether a stored row passes a filter. */
export type RowTest = (row: StoredRow) => boolean;

/**
 * A filter a list knows by its URL key, where the stored field is not simply that key: how a row
 * passes it, and how it narrows a read in the order index `order`.
 */
export type FilterField = RowFilterField | ReadingFilterField;

/** A filter a row passes by what it holds. */
export interface RowFilterField {
  /** Whether a stored row has the chosen value. */
  matches: (row: StoredRow, value: string) => boolean;
  resolve?: never;
  reads?: never;
  /**
   * The index holding exactly the rows with the value, each under `[...prefix, orderKey]`, so that
   * a read along it comes out in the list's order; undefined when no index does.
   */
  prefixed?: (
    value: string,
    order: string,
  ) => { index: string; prefix: IndexableType[] } | undefined;
  /** Bounds on the order key itself (a year is a range of `_dateKey`), lower in, upper out. */
  bounds?: (value: string, order: string) => { lower: number; upper: number } | undefined;
}

/**
 * A filter a row passes by what other records say of it (a member's activities of a year): its
 * test is read afresh with each read of the list, and a list on screen under it reads again when
 * those other records change, as when its own do.
 */
export interface ReadingFilterField {
  resolve: (value: string) => Promise<RowTest>;
  /** The kind whose records the test reads. */
  reads: RecordKind;
  matches?: never;
  prefixed?: never;
  bounds?: never;
}

/** The test of one filter's value, reading what it needs. */
export async function rowTest(field: FilterField, value: string): Promise<RowTest> {
  if (field.resolve) return field.resolve(value);
  return (row) => field.matches(row, value);
}

/**
 * The kinds whose changes change what a list of `kind` under `filters` holds: its own, and those
 * its filters read.
 */
export function kindsListed(
  kind: RecordKind,
  filters: Readonly<Record<string, string>>,
): RecordKind[] {
  const kinds = new Set<RecordKind>([kind]);
  for (const field of Object.keys(filters)) {
    const reads = FILTER_FIELDS[kind]?.[field]?.reads;
    if (reads) kinds.add(reads);
  }
  return [...kinds];
}

/** 年份: the year of a dated record, a range of its date key in date order. */
const YEAR: FilterField = {
  matches: (row, value) => row._year === Number(value),
  bounds: (value, order) => {
    const year = Number(value);
    if (order !== '_dateKey' || !Number.isInteger(year)) return undefined;
    return { lower: year * 10000, upper: (year + 1) * 10000 };
  },
};

/**
 * 月份: the month 1–12 of an activity (in any year; with 年份 the index reads that year alone),
 * or UNKNOWN_MONTH for one dated by the year only.
 */
const MONTH: FilterField = {
  matches: (row, value) => {
    if (row._dateKey === undefined) return false;
    const month = Math.floor(row._dateKey / 100) % 100;
    return value === UNKNOWN_MONTH ? month === 13 : month === Number(value);
  },
};

/**
 * The filters of each kind that are not plain fields; any other filter key is a field of the
 * record, matched by equality (or membership, for a list field such as `studioIds`).
 */
export const FILTER_FIELDS: Partial<Record<RecordKind, Readonly<Record<string, FilterField>>>> = {
  member: {
    /**
     * 参加活动年份: the members who attended (出席) a live activity of that year (总览's
     * 参加过活动的委员); one listed there only as 请假 or 缺席 did not take part.
     */
    activityYear: {
      reads: 'activity',
      resolve: async (value) => {
        const year = Number(value);
        const rows = Number.isInteger(year)
          ? await db().activities.where('_year').equals(year).toArray()
          : [];
        const taking = new Set<string>();
        for (const row of rows) {
          if (row.deletedAt) continue;
          for (const part of (row as RecordByKind['activity']).participants) {
            if (part.attendance === '出席') taking.add(part.memberId);
          }
        }
        return (row) => taking.has(row.id);
      },
    },
  },
  activity: {
    year: YEAR,
    /** 委员: the activities a member took part in, newest first off `*_memberDates`. */
    member: {
      matches: (row, value) => (row._memberDates ?? []).some(([id]) => id === value),
      prefixed: (value, order) =>
        order === '_dateKey' ? { index: '_memberDates', prefix: [value] } : undefined,
    },
    /** 工作室: the studio a 值班 or 接待 was held at. */
    studio: {
      matches: (row, value) => row._studioId === value,
      prefixed: (value, order) =>
        order === '_dateKey' ? { index: '[_studioId+_dateKey]', prefix: [value] } : undefined,
    },
    /** 列入大事记: 是 are the live entries of the timeline index; 否 the rest. */
    timeline: {
      matches: (row, value) => (row._timeline === 1) === (value === '是'),
      prefixed: (value, order) =>
        order === '_dateKey' && value === '是'
          ? { index: '[_timeline+_dateKey]', prefix: [1] }
          : undefined,
    },
    month: MONTH,
    /** 参加人员: 无 are the activities with nobody in 参加委员 (总览's 待办), 有 the others. */
    participants: {
      matches: (row, value) =>
        ((row as RecordByKind['activity']).participants.length === 0) === (value === '无'),
    },
  },
  donation: {
    year: YEAR,
    /** 专项: one by id off `[campaignId+order]`, or NO_CAMPAIGN for those of none (未归专项). */
    campaignId: {
      matches: (row, value) => {
        const { campaignId } = row as RecordByKind['donation'];
        return value === NO_CAMPAIGN ? !campaignId : campaignId === value;
      },
      prefixed: (value, order) =>
        value === NO_CAMPAIGN ? undefined : plainField('campaignId').prefixed?.(value, order),
    },
    /** 票据号: 未填 are the donations with none yet. */
    receipt: {
      matches: (row, value) => !(row as RecordByKind['donation']).receiptNo === (value === '未填'),
    },
    /** 物资状态: goods at that stage now (their last recorded one). */
    stage: {
      matches: (row, value) => {
        const donation = row as RecordByKind['donation'];
        return donation.kind === '物资' && currentStage(donation) === value;
      },
    },
    /** 捐赠方: a member by id (off `_memberIds`), or an outside donor by `其他:` and the name. */
    donor: {
      matches: (row, value) => {
        if (!value.startsWith(OUTSIDE_DONOR)) return (row._memberIds ?? []).includes(value);
        const name = value.slice(OUTSIDE_DONOR.length);
        const { donors } = row as RecordByKind['donation'];
        return donors.some((donor) => donor.type === '其他' && donor.name === name);
      },
    },
    /** 币种: the currency of the 金额, or of any item's 估值. */
    currency: {
      matches: (row, value) => {
        const { amount, items } = row as RecordByKind['donation'];
        return amount?.currency === value || items.some((item) => item.value?.currency === value);
      },
    },
  },
};

/** How the 捐赠方 filter names an outside donor (members are named by their id). */
export const OUTSIDE_DONOR = '其他:';

/** The filter behind a URL key of a kind's list. */
export function filterField(kind: RecordKind, key: string): FilterField {
  return FILTER_FIELDS[kind]?.[key] ?? plainField(key);
}

/** A filter on the record's own field `key`, read off `[key+order]` when the table has it. */
function plainField(key: string): FilterField {
  return {
    matches: (row, value) => {
      const held = (row as unknown as Record<string, unknown>)[key];
      return Array.isArray(held) ? held.includes(value) : held === value;
    },
    prefixed: (value, order) => ({ index: `[${key}+${order}]`, prefix: [value] }),
  };
}
