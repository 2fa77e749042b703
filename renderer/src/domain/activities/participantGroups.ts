import type { Participant } from '../records/activity';
import { MEMBER_CATEGORIES, type AttendanceStatus, type MemberCategory } from '../records/enums';

/** What grouping needs to know of a member. */
export interface GroupableMember {
  id: string;
  name: string;
  category?: MemberCategory | undefined;
  sector?: string | undefined;
  status?: string | undefined;
  studioIds?: readonly string[] | undefined;
}

/** What grouping needs to know of a studio. */
export interface GroupableStudio {
  id: string;
  name: string;
  leaderIds: readonly string[];
  memberIds: readonly string[];
}

/** Several members added at once. */
export interface ParticipantGroup {
  /** Unique among the groups: `类别:港区委员`. */
  key: string;
  by: '类别' | '界别' | '工作室';
  name: string;
  /** In-office members, in the order given. */
  memberIds: string[];
}

/**
 * The groups a 参加委员 picker offers, each holding the members in office: every 类别 in its
 * fixed order (港区委员 first), then every 界别, then every 工作室 (its 负责委员 and 入驻委员, and
 * members who name it), by name. Groups without anyone in office are left out.
 */
export function participantGroups(
  members: readonly GroupableMember[],
  studios: readonly GroupableStudio[],
): ParticipantGroup[] {
  const serving = members.filter((m) => m.status !== '离任');
  const servingIds = new Set(serving.map((m) => m.id));
  const groups: ParticipantGroup[] = [];
  for (const category of MEMBER_CATEGORIES) {
    const ids = serving.filter((m) => m.category === category).map((m) => m.id);
    if (ids.length > 0)
      groups.push({ key: `类别:${category}`, by: '类别', name: category, memberIds: ids });
  }
  const sectors = [...new Set(serving.map((m) => m.sector?.trim() ?? '').filter(Boolean))].sort(
    (a, b) => a.localeCompare(b, 'zh-CN'),
  );
  for (const sector of sectors) {
    const ids = serving.filter((m) => m.sector?.trim() === sector).map((m) => m.id);
    groups.push({ key: `界别:${sector}`, by: '界别', name: sector, memberIds: ids });
  }
  const byName = [...studios].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const studio of byName) {
    const named = serving.filter((m) => m.studioIds?.includes(studio.id)).map((m) => m.id);
    const ids = [...new Set([...studio.leaderIds, ...studio.memberIds, ...named])].filter((id) =>
      servingIds.has(id),
    );
    if (ids.length > 0) {
      groups.push({ key: `工作室:${studio.id}`, by: '工作室', name: studio.name, memberIds: ids });
    }
  }
  return groups;
}

/** A new participant: 参加, 出席. */
export function newParticipant(memberId: string): Participant {
  return { memberId, role: '参加', attendance: '出席' };
}

/** The participants with `memberIds` added at the end, each once; those already in stay as set. */
export function addParticipants(
  participants: readonly Participant[],
  memberIds: readonly string[],
): Participant[] {
  const present = new Set(participants.map((p) => p.memberId));
  const added = [...new Set(memberIds)].filter((id) => !present.has(id)).map(newParticipant);
  return [...participants, ...added];
}

/** A participant with another 出席情况; a 批准人 is only kept for 请假. */
export function withAttendance(
  participant: Participant,
  attendance: AttendanceStatus,
): Participant {
  if (attendance === '请假') return { ...participant, attendance };
  const { approvedBy: _dropped, ...rest } = participant;
  return { ...rest, attendance };
}
