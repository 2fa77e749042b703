import type { Activity } from '../records/activity';
import type { AttendanceStatus, ParticipantRole } from '../records/enums';

/** 提案 roles; a proposal's signers are 领衔 or 联名 rather than 参加/发言. */
export type ProposerRole = '领衔' | '联名';

/** What one member did in one activity: their role and whether they attended. */
export interface MemberPart {
  role: ParticipantRole | ProposerRole;
  attendance: AttendanceStatus;
}

/**
 * A member's part in an activity, or undefined when they had none.
 *
 * For a 提案 the 领衔/联名 lists decide; a participant not on them counts as 联名, or as 领衔 when
 * the proposal names no 领衔 (it is then taken to be the participant's own).
 */
export function memberPart(activity: Activity, memberId: string): MemberPart | undefined {
  const participant = activity.participants.find((p) => p.memberId === memberId);
  if (activity.type === '提案') {
    const proposal = activity.proposal;
    const leads = proposal?.leadMemberIds ?? [];
    if (leads.includes(memberId)) return { role: '领衔', attendance: '出席' };
    if (proposal?.jointMemberIds.includes(memberId)) return { role: '联名', attendance: '出席' };
    if (!participant) return undefined;
    return { role: leads.length === 0 ? '领衔' : '联名', attendance: participant.attendance };
  }
  return participant && { role: participant.role, attendance: participant.attendance };
}
