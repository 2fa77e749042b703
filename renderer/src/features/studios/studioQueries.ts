import { db } from '../../db/database';
import { fromRow } from '../../db/rows';
import type { Activity, Member } from '../../domain/records';

/**
 * A studio's live 接待日 and 值班 activities (those whose 工作室 is this studio), newest first,
 * read off the activities' `_studioId` index.
 */
export async function readStudioActivities(studioId: string): Promise<Activity[]> {
  const rows = await db().activities.where('_studioId').equals(studioId).toArray();
  return rows
    .filter((row) => !row.deletedAt)
    .sort((a, b) => (b._dateKey ?? 0) - (a._dateKey ?? 0))
    .map((row) => fromRow<'activity'>(row));
}

/** Stored members by id, tombstones included; an id with no record maps to undefined. */
export async function readMembers(
  ids: readonly string[],
): Promise<Map<string, Member | undefined>> {
  const unique = [...new Set(ids)];
  const rows = await db().members.bulkGet(unique);
  return new Map(
    unique.map((id, i) => {
      const row = rows[i];
      return [id, row ? fromRow<'member'>(row) : undefined];
    }),
  );
}
