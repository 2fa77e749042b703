import {
  FIELD_LABELS,
  sameFieldValue,
  type Activity,
  type Donation,
  type Member,
  type Studio,
} from './records';

/** A member field the merge dialog shows: the kept member's value or the other's. */
export type MergeSide = 'kept' | 'other';

/** The member fields a merge chooses between, in the form's order. */
export const MERGE_FIELDS = Object.keys(FIELD_LABELS.member) as (keyof typeof FIELD_LABELS.member &
  keyof Member)[];
export type MergeField = (typeof MERGE_FIELDS)[number];

/** Fields that hold lists: the kept member takes both lists, each item once. */
const LIST_FIELDS: ReadonlySet<MergeField> = new Set(['otherNames', 'expertise', 'studioIds']);

/**
 * Which side each field is taken from by default: the kept member's value, and the other's
 * where the kept one is blank. List fields are joined and need no choice.
 */
export function defaultMergeChoices(kept: Member, other: Member): Record<MergeField, MergeSide> {
  const choices = {} as Record<MergeField, MergeSide>;
  for (const field of MERGE_FIELDS) {
    const blank = sameFieldValue(kept[field], undefined);
    choices[field] = blank && !sameFieldValue(other[field], undefined) ? 'other' : 'kept';
  }
  return choices;
}

/** Whether the dialog offers a choice for the field: only where the two differ and it is no list. */
export function isMergeChoice(field: MergeField, kept: Member, other: Member): boolean {
  return !LIST_FIELDS.has(field) && !sameFieldValue(kept[field], other[field]);
}

/**
 * The kept member's fields after the merge: each field from the chosen side; lists joined; the
 * other's name kept among 其他写法 (so a search for it still finds the person).
 */
export function mergedMember(
  kept: Member,
  other: Member,
  choices: Readonly<Record<MergeField, MergeSide>>,
): Member {
  const merged: Record<string, unknown> = { ...kept };
  for (const field of MERGE_FIELDS) {
    if (LIST_FIELDS.has(field)) continue;
    const value = choices[field] === 'other' ? other[field] : kept[field];
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  }
  const name = merged.name as string;
  const names = [...kept.otherNames, other.name, ...other.otherNames].filter((n) => n !== name);
  merged.otherNames = unique(names);
  merged.studioIds = unique([...kept.studioIds, ...other.studioIds]);
  const expertise = unique([...(kept.expertise ?? []), ...(other.expertise ?? [])]);
  if (expertise.length > 0) merged.expertise = expertise;
  return merged as Member;
}

/**
 * The activity with every part of `otherId` moved to `keptId` (参加委员, 领衔, 联名), or null when
 * it names no `otherId`. Where both took part, the kept member's entry stays and the other's goes;
 * one who was both 领衔 and 联名 stays 领衔.
 */
export function activityWithMemberMoved(
  activity: Activity,
  otherId: string,
  keptId: string,
): Activity | null {
  const participates = activity.participants.some((p) => p.memberId === otherId);
  const proposal = activity.proposal;
  const proposes =
    proposal &&
    (proposal.leadMemberIds.includes(otherId) || proposal.jointMemberIds.includes(otherId));
  if (!participates && !proposes) return null;
  const keptTookPart = activity.participants.some((p) => p.memberId === keptId);
  const participants = activity.participants.flatMap((p) => {
    if (p.memberId !== otherId) return [p];
    return keptTookPart ? [] : [{ ...p, memberId: keptId }];
  });
  const next: Activity = { ...activity, participants };
  if (proposal && proposes) {
    const lead = unique(proposal.leadMemberIds.map((id) => (id === otherId ? keptId : id)));
    const joint = unique(proposal.jointMemberIds.map((id) => (id === otherId ? keptId : id)));
    next.proposal = {
      ...proposal,
      leadMemberIds: lead,
      jointMemberIds: joint.filter((id) => !lead.includes(id)),
    };
  }
  return next;
}

/** The donation with the other member as 捐赠方 replaced by the kept one (once), or null. */
export function donationWithMemberMoved(
  donation: Donation,
  otherId: string,
  keptId: string,
): Donation | null {
  if (!donation.donors.some((d) => d.type === '委员' && d.memberId === otherId)) return null;
  const keptGives = donation.donors.some((d) => d.type === '委员' && d.memberId === keptId);
  const donors = donation.donors.flatMap((d) => {
    if (d.type !== '委员' || d.memberId !== otherId) return [d];
    return keptGives ? [] : [{ ...d, memberId: keptId }];
  });
  return { ...donation, donors };
}

/** The studio with the other member as 负责委员 or 入驻委员 replaced by the kept one, or null. */
export function studioWithMemberMoved(
  studio: Studio,
  otherId: string,
  keptId: string,
): Studio | null {
  if (!studio.leaderIds.includes(otherId) && !studio.memberIds.includes(otherId)) return null;
  const swap = (ids: readonly string[]) => unique(ids.map((id) => (id === otherId ? keptId : id)));
  return { ...studio, leaderIds: swap(studio.leaderIds), memberIds: swap(studio.memberIds) };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
