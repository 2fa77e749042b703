import { DELETED_MARK, UNKNOWN_RECORD } from '../../domain/references';
import type { Member, Studio } from '../../domain/records';

/** One person of a studio as its page lists them. */
export interface StudioMemberRow {
  id: string;
  name: string;
  /** 负责委员 or 入驻委员 (a leader who also sits in the studio is listed once, as 负责委员). */
  role: '负责委员' | '入驻委员';
  category?: string | undefined;
  sector?: string | undefined;
  location?: string | undefined;
  /** The member was deleted, or is unknown: shown, marked, not linked. */
  missing: boolean;
}

/**
 * A studio's people: its 负责委员 first, then its 入驻委员, each once, in the order the studio
 * names them. `members` holds the stored members by id (tombstones too); a deleted one reads
 * 「姓名（已删除）」, an id with no record 「（未知记录）」.
 */
export function studioMemberRows(
  studio: Pick<Studio, 'leaderIds' | 'memberIds'>,
  members: ReadonlyMap<string, Member | undefined>,
): StudioMemberRow[] {
  const leaders = new Set(studio.leaderIds);
  const ids = [...new Set([...studio.leaderIds, ...studio.memberIds])];
  return ids.map((id) => {
    const member = members.get(id);
    const role = leaders.has(id) ? '负责委员' : '入驻委员';
    if (!member) return { id, name: UNKNOWN_RECORD, role, missing: true };
    return {
      id,
      name: member.deletedAt ? `${member.name}${DELETED_MARK}` : member.name,
      role,
      category: member.category,
      sector: member.sector,
      location: member.location,
      missing: Boolean(member.deletedAt),
    };
  });
}
