import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  participantGroups,
  type ParticipantGroup,
} from '../../domain/activities/participantGroups';
import type { Member } from '../../domain/records';
import { listRecords } from '../../db/queries';

/** Members number in the hundreds: all of them are offered. */
const ALL = 100_000;

/** What the 参加委员 picker offers: every live member, and the groups to add at once. */
export interface ParticipantChoices {
  members: Member[];
  byId: Map<string, Member>;
  groups: ParticipantGroup[];
}

/** The members and groups (类别, 界别, 工作室) the picker offers, kept live; undefined while loading. */
export function useParticipantChoices(): ParticipantChoices | undefined {
  const members = useLiveQuery(() => listRecords('member', ALL), []);
  const studios = useLiveQuery(() => listRecords('studio', ALL), []);
  return useMemo(() => {
    if (!members || !studios) return undefined;
    const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    return {
      members: sorted,
      byId: new Map(sorted.map((member) => [member.id, member])),
      groups: participantGroups(sorted, studios),
    };
  }, [members, studios]);
}
