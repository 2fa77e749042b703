import { type ActivityKey } from '../domain/activities/similarActivity';
import { partialDateSortKey, type PartialDate } from '../domain/partialDate';
import { type SavedMapping } from '../domain/paste/pasteColumns';
import { type ImportKind } from '../domain/paste/pasteFields';
import { type DonationKey } from '../domain/paste/likelyDuplicates';
import { type RecordByKind } from '../domain/records';
import { db } from './database';

/** The meta row that keeps the column choices of the last import of a kind. */
function mappingKey(kind: ImportKind): string {
  return `sheetImportMapping.${kind}`;
}

/** The column choices the user made when last importing this kind, by heading. */
export async function readSavedMapping(kind: ImportKind): Promise<SavedMapping> {
  const row = await db().meta.get(mappingKey(kind));
  const value = row?.value;
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string | null] =>
        typeof entry[1] === 'string' || entry[1] === null,
    ),
  );
}

/** Remembers the column choices of an import, on top of those made before for other headings. */
export async function saveMapping(kind: ImportKind, choices: SavedMapping): Promise<void> {
  const database = db();
  await database.transaction('rw', database.meta, async () => {
    const before = await readSavedMapping(kind);
    await database.meta.put({ key: mappingKey(kind), value: { ...before, ...choices } });
  });
}

/** Every live 专项's id by its name. */
export async function liveCampaignNames(): Promise<{ id: string; name: string }[]> {
  const rows = await db()
    .campaigns.filter((row) => !row.deletedAt)
    .toArray();
  return rows.map((row) => ({ id: row.id, name: (row as RecordByKind['campaign']).name }));
}

/** The live activities that start on any of these dates, read off the date index. */
export async function activitiesOn(dates: readonly PartialDate[]): Promise<ActivityKey[]> {
  const rows = await db()
    .activities.where('_dateKey')
    .anyOf(unique(dates.map(partialDateSortKey)))
    .toArray();
  return rows
    .filter((row) => !row.deletedAt)
    .map((row) => {
      const { title, startDate, endDate } = row as RecordByKind['activity'];
      return { title, startDate, endDate };
    });
}

/** The live donations made on any of these dates, read off the date index. */
export async function donationsOn(dates: readonly PartialDate[]): Promise<DonationKey[]> {
  const rows = await db()
    .donations.where('_dateKey')
    .anyOf(unique(dates.map(partialDateSortKey)))
    .toArray();
  return rows
    .filter((row) => !row.deletedAt)
    .map((row) => {
      const { donors, date, amount } = row as RecordByKind['donation'];
      return { donors, date, amount };
    });
}

function unique(keys: readonly number[]): number[] {
  return [...new Set(keys)];
}
