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

/** How the timeline names a member: as a referring record shows them, and as their name is written. */
export interface MemberNaming {
  /** 黄家豪, or 黄家豪（已删除）: for a gift's title. */
  shown: string;
  /** 姓名 and 其他写法: for leaving a 保密 donor out of a 大事记 line. */
  written: readonly string[];
}

/** Every member's naming by id (for naming donors in a list, or leaving them out of one). */
export async function readMemberNames(): Promise<Map<string, MemberNaming>> {
  const rows = await db().members.toArray();
  return new Map(
    rows.map((row) => {
      const member = fromRow<'member'>(row);
      const naming = {
        shown: referencedName('member', member),
        written: [member.name, ...member.otherNames],
      };
      return [row.id, naming] as const;
    }),
  );
}
