import type { ActivityKey } from '../domain/activities/similarActivity';
import { partialDateSortKey } from '../domain/partialDate';
import type { RecordByKind, RecordKind } from '../domain/records';
import Dexie from 'dexie';
import { db } from './database';
import { fromRow } from './rows';

/** Live records of one kind, newest date first for activities and donations, by name otherwise. */
export async function listRecords<K extends RecordKind>(
  kind: K,
  limit = 500,
): Promise<RecordByKind[K][]> {
  const table = db().tableOf(kind);
  const dated = kind === 'activity' || kind === 'donation';
  const collection = dated
    ? table.orderBy('_dateKey').reverse()
    : table.orderBy('updatedAt').reverse();
  const rows = await collection
    .filter((row) => !row.deletedAt)
    .limit(limit)
    .toArray();
  return rows.map((row) => fromRow<K>(row));
}

/** Names of members by id, for showing references. */
export async function memberNames(): Promise<Map<string, string>> {
  const rows = await db().members.toArray();
  return new Map(rows.map((row) => [row.id, (row as RecordByKind['member']).name]));
}

/** The newest 大事记 entries of one kind, newest first, read straight from their index. */
export async function latestTimelineEntries<K extends 'activity' | 'donation'>(
  kind: K,
  limit: number,
): Promise<RecordByKind[K][]> {
  const rows = await db()
    .tableOf(kind)
    .where('[_timeline+_dateKey]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return rows.map((row) => fromRow<K>(row));
}

/** A member's live activities, newest first, read off `*_memberDates` in date order. */
export async function memberActivities(
  memberId: string,
  limit = 50,
): Promise<RecordByKind['activity'][]> {
  const rows = await db()
    .activities.where('_memberDates')
    .between([memberId, Dexie.minKey], [memberId, Dexie.maxKey])
    .reverse()
    .filter((row) => !row.deletedAt)
    .limit(limit)
    .toArray();
  return rows.map((row) => fromRow<'activity'>(row));
}

/**
 * The values the live records of a kind hold in each of `fields`, sorted: the choices of a list's
 * filters for fields that are free text (界别, 所在地). Reads every record of the kind, so it is
 * meant for the small stores (members, studios).
 */
export async function distinctFieldValues(
  kind: RecordKind,
  fields: readonly string[],
): Promise<Record<string, string[]>> {
  const found = new Map(fields.map((field) => [field, new Set<string>()]));
  await db()
    .tableOf(kind)
    .each((row) => {
      if (row.deletedAt) return;
      const values = row as unknown as Record<string, unknown>;
      for (const [field, set] of found) {
        const value = values[field];
        if (typeof value === 'string' && value.trim()) set.add(value);
      }
    });
  const out: Record<string, string[]> = {};
  for (const [field, set] of found)
    out[field] = [...set].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return out;
}

/**
 * Live members whose name, or one of its other spellings, is the same as `name` once traditional
 * and simplified characters, width and case are folded (陳美玲 = 陈美玲), leaving out `exceptId`.
 * Members number in the hundreds, so the small store is read whole.
 */
export async function membersNamedLike(
  name: string,
  exceptId: string | null,
): Promise<RecordByKind['member'][]> {
  // The 繁简 tables load with the first check, not with the lists that import this module.
  const { fold } = await import('../domain/search/fold');
  const target = fold(name.trim()).replace(/\s+/g, '');
  if (target === '') return [];
  const same = (text: string) => fold(text).replace(/\s+/g, '') === target;
  const rows = await db()
    .members.filter((row) => {
      if (row.deletedAt || row.id === exceptId) return false;
      const member = row as RecordByKind['member'];
      return same(member.name) || member.otherNames.some(same);
    })
    .toArray();
  return rows.map((row) => fromRow<'member'>(row));
}

/**
 * Live activities that are likely the one being entered: the same dates and a similar name,
 * leaving out `exceptId`. Only the activities starting that day are read, off `_dateKey`.
 */
export async function activitiesLike(
  entered: ActivityKey,
  exceptId: string | null,
): Promise<RecordByKind['activity'][]> {
  if (entered.title.trim() === '') return [];
  // The comparison folds 繁简 (OpenCC's tables): loaded with the first check, not with the lists.
  const { likelyDuplicate } = await import('../domain/activities/similarActivity');
  const rows = await db()
    .activities.where('_dateKey')
    .equals(partialDateSortKey(entered.startDate))
    .filter((row) => !row.deletedAt && row.id !== exceptId)
    .toArray();
  return rows
    .map((row) => fromRow<'activity'>(row))
    .filter((activity) => likelyDuplicate(entered, activity));
}

/** Every live member's name and other names, for the duplicate check of a paste. */
export async function liveMemberNames(): Promise<
  { id: string; name: string; otherNames: string[] }[]
> {
  const rows = await db()
    .members.filter((row) => !row.deletedAt)
    .toArray();
  return rows.map((row) => {
    const member = row as RecordByKind['member'];
    return { id: member.id, name: member.name, otherNames: member.otherNames };
  });
}

/** Every live studio's id by its name, for a pasted 所属工作室. */
export async function liveStudioNames(): Promise<{ id: string; name: string }[]> {
  const rows = await db()
    .studios.filter((row) => !row.deletedAt)
    .toArray();
  return rows.map((row) => ({ id: row.id, name: (row as RecordByKind['studio']).name }));
}
