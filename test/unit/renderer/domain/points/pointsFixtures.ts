import type {
  Activity,
  ActivityDraft,
  Donation,
  Participant,
} from '../../../../../renderer/src/domain/records';
import { activitySchema, donationSchema } from '../../../../../renderer/src/domain/records';

export const A = '0b8f7a1e-8f1c-4d3a-9b7e-1c2d3e4f5a6b';
export const B = '1c9e8b2f-9a2d-4e4b-8c8f-2d3e4f5a6b7c';
export const C = '2daf9c30-ab3e-4f5c-9d90-3e4f5a6b7c8d';

const NOW = '2021-04-15T08:00:00.000Z';
let serial = 0;

function nextId(): string {
  serial += 1;
  return `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
}

/** A stored activity; the draft is checked by the real schema so fixtures stay valid. */
export function activity(draft: Partial<ActivityDraft> & Pick<ActivityDraft, 'type'>): Activity {
  return activitySchema.parse({
    title: `${draft.type}活动`,
    startDate: { year: 2021, month: 4, day: 15 },
    ...draft,
    id: nextId(),
    createdAt: NOW,
    updatedAt: NOW,
    rev: 1,
    deletedAt: null,
  });
}

/** One participant entry. */
export function part(
  memberId: string,
  role: Participant['role'] = '参加',
  attendance: Participant['attendance'] = '出席',
): Participant {
  return { memberId, role, attendance };
}

/** A stored CNY donation by the given members in the given year. */
export function donation(memberIds: string[], year = 2021, deleted = false): Donation {
  return donationSchema.parse({
    kind: '资金',
    donors: [
      ...memberIds.map((memberId) => ({ type: '委员', memberId })),
      { type: '其他', name: '某公司' },
    ],
    amount: { amountMinor: 100000, currency: 'CNY' },
    date: { year, month: 6 },
    id: nextId(),
    createdAt: NOW,
    updatedAt: NOW,
    rev: 1,
    deletedAt: deleted ? NOW : null,
  });
}
