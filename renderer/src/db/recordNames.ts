import { referencedName } from '../domain/references';
import { RECORD_KINDS, type RecordKind } from '../domain/records';
import { db } from './database';
import { donorMemberNames } from './donorMemberNames';
import { fromRow } from './rows';

/**
 * The names of records of one kind, by id, as a referring record shows them: plain for a live
 * record, marked （已删除） for a tombstone, （未知记录） for an id with no record. Every id asked
 * for is in the answer. Reads only the records asked for.
 */
export async function readRecordNames(
  kind: RecordKind,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const records = (await db().tableOf(kind).bulkGet(unique)).map((row) =>
    row ? fromRow<RecordKind>(row) : undefined,
  );
  const memberName = await donorMemberNames(db(), kind, records);
  return new Map(unique.map((id, i) => [id, referencedName(kind, records[i], memberName)]));
}

/**
 * The names of the records `ids` point to, whatever their kinds — for a record kept as a
 * snapshot (the 操作记录) whose fields say which ids they hold but not of which kind. Ids with no
 * record of any kind are left out.
 */
export async function readNamesOfAnyKind(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = new Map<string, string>();
  for (const kind of RECORD_KINDS) {
    const records = (await db().tableOf(kind).bulkGet(unique)).map((row) =>
      row ? fromRow<RecordKind>(row) : undefined,
    );
    const memberName = await donorMemberNames(db(), kind, records);
    records.forEach((record, i) => {
      if (record) names.set(unique[i] as string, referencedName(kind, record, memberName));
    });
  }
  return names;
}

/** Every member's name by id, as a referring record shows it (for naming donors in a list). */
export async function readMemberNames(): Promise<Map<string, string>> {
  const rows = await db().members.toArray();
  return new Map(
    rows.map((row) => [row.id, referencedName('member', fromRow<'member'>(row))] as const),
  );
}
