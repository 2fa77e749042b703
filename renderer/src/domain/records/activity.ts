import { z } from 'zod';
import { dateRangeError, type PartialDate } from '../partialDate';
import { partialDateSchema } from '../partialDateSchema';
import { attachmentListSchema } from './attachment';
import {
  ACTIVITY_FORMS,
  ACTIVITY_TYPES,
  ATTENDANCE_STATUSES,
  INSTRUCTION_LEVELS,
  PARTICIPANT_ROLES,
  PROPOSAL_REPLY_GRADES,
  SATISFACTION_LEVELS,
  type ActivityType,
} from './enums';
import { recordBaseShape } from './recordBase';
import {
  idList,
  idRef,
  isBlank,
  optionalDate,
  optionalText,
  requiredText,
  textList,
} from './schemaParts';

/** 参加委员: one member's part in an activity. */
export const participantSchema = z.object({
  memberId: idRef,
  role: z.enum(PARTICIPANT_ROLES).default('参加'),
  attendance: z.enum(ATTENDANCE_STATUSES).default('出席'),
  /** 批准人 of a 请假; optional, and only with 请假. */
  approvedBy: optionalText(50),
});
export type Participant = z.output<typeof participantSchema>;

/** 成果: one measured result, e.g. 签约项目 60 个. */
export const outcomeSchema = z.object({
  indicator: requiredText(50),
  value: z.number().finite(),
  unit: optionalText(20),
});
export type Outcome = z.output<typeof outcomeSchema>;

/** 提案 details. */
export const proposalDetailsSchema = z.object({
  number: optionalText(50),
  cause: optionalText(500),
  leadMemberIds: idList,
  jointMemberIds: idList,
  /** 立案; absent while undecided. */
  filed: z.boolean().optional(),
  hostUnits: textList(100, 20),
  assistUnits: textList(100, 20),
  key: z.boolean().default(false),
  reply: z.enum(PROPOSAL_REPLY_GRADES).optional(),
  satisfaction: z.enum(SATISFACTION_LEVELS).optional(),
});

/** 建议 / 社情民意 details. */
export const suggestionDetailsSchema = z.object({
  /** 是否采用; absent while unknown. */
  adopted: z.boolean().optional(),
  instruction: optionalText(1000),
  instructionLevel: z.enum(INSTRUCTION_LEVELS).optional(),
});

/** 值班 / 接待 details. */
export const dutyDetailsSchema = z.object({
  studioId: idRef.optional(),
  messageCount: z.number().int().min(0).optional(),
  viewCount: z.number().int().min(0).optional(),
  referredCount: z.number().int().min(0).optional(),
});

/** 读书 details. */
export const readingDetailsSchema = z.object({ books: textList(200) });

/** 调研 / 视察 / 考察 details. */
export const researchDetailsSchema = z.object({
  leadLeader: optionalText(100),
  report: optionalText(200),
});

/** Which activity types each group of type-specific fields belongs to. */
export const ACTIVITY_DETAIL_TYPES = {
  proposal: ['提案'],
  suggestion: ['建议', '社情民意'],
  duty: ['值班', '接待'],
  reading: ['读书'],
  research: ['调研', '视察', '考察'],
} as const satisfies Record<string, readonly ActivityType[]>;

export type ActivityDetailGroup = keyof typeof ACTIVITY_DETAIL_TYPES;

/** The type-specific group an activity type has, if any. */
export function activityDetailGroup(type: ActivityType): ActivityDetailGroup | undefined {
  return (Object.keys(ACTIVITY_DETAIL_TYPES) as ActivityDetailGroup[]).find((group) =>
    (ACTIVITY_DETAIL_TYPES[group] as readonly ActivityType[]).includes(type),
  );
}

const activityShape = {
  title: requiredText(200),
  type: z.enum(ACTIVITY_TYPES),
  startDate: partialDateSchema,
  endDate: optionalDate,
  place: optionalText(200),
  form: z.enum(ACTIVITY_FORMS).optional(),
  organizer: optionalText(200),
  /** 出席领导, each as written: 省政协副主席张大方. */
  leaders: textList(100, 50),
  participants: z.array(participantSchema).default([]),
  campaignId: idRef.optional(),
  summary: optionalText(10000),
  outcomes: z.array(outcomeSchema).default([]),
  inTimeline: z.boolean().default(false),
  /** Required when 列入大事记: the fact as it should read, without the date. */
  timelineSummary: optionalText(1000),
  attachments: attachmentListSchema,
  tags: textList(30, 50),
  proposal: proposalDetailsSchema.optional(),
  suggestion: suggestionDetailsSchema.optional(),
  duty: dutyDetailsSchema.optional(),
  reading: readingDetailsSchema.optional(),
  research: researchDetailsSchema.optional(),
};

interface ActivityCheckable {
  type: ActivityType;
  startDate: PartialDate;
  endDate?: PartialDate | undefined;
  participants: Participant[];
  inTimeline: boolean;
  timelineSummary?: string | undefined;
  proposal?: unknown;
  suggestion?: unknown;
  duty?: unknown;
  reading?: unknown;
  research?: unknown;
}

function checkActivity(a: ActivityCheckable, ctx: z.RefinementCtx): void {
  const rangeError = dateRangeError(a.startDate, a.endDate);
  if (rangeError) ctx.addIssue({ code: 'custom', path: ['endDate'], message: rangeError });
  if (a.inTimeline && isBlank(a.timelineSummary)) {
    ctx.addIssue({ code: 'custom', path: ['timelineSummary'], message: '列入大事记时不能为空' });
  }
  const seen = new Set<string>();
  a.participants.forEach((p, i) => {
    if (seen.has(p.memberId)) {
      ctx.addIssue({ code: 'custom', path: ['participants', i], message: '同一委员重复' });
    }
    seen.add(p.memberId);
    if (p.attendance !== '请假' && !isBlank(p.approvedBy)) {
      ctx.addIssue({
        code: 'custom',
        path: ['participants', i, 'approvedBy'],
        message: '仅在请假时填写',
      });
    }
  });
  for (const group of Object.keys(ACTIVITY_DETAIL_TYPES) as ActivityDetailGroup[]) {
    const types: readonly ActivityType[] = ACTIVITY_DETAIL_TYPES[group];
    if (a[group] !== undefined && !types.includes(a.type)) {
      ctx.addIssue({
        code: 'custom',
        path: [group],
        message: `仅适用于活动类型“${types.join('”“')}”`,
      });
    }
  }
}

/** 履职活动: what a form edits. */
export const activityInputSchema = z.object(activityShape).superRefine(checkActivity);
/** 履职活动 as stored. */
export const activitySchema = z
  .object({ ...activityShape, ...recordBaseShape })
  .superRefine(checkActivity);

export type ActivityInput = z.output<typeof activityInputSchema>;
export type ActivityDraft = z.input<typeof activityInputSchema>;
export type Activity = z.output<typeof activitySchema>;
export type ProposalDetails = z.output<typeof proposalDetailsSchema>;
export type SuggestionDetails = z.output<typeof suggestionDetailsSchema>;
export type DutyDetails = z.output<typeof dutyDetailsSchema>;
export type ReadingDetails = z.output<typeof readingDetailsSchema>;
export type ResearchDetails = z.output<typeof researchDetailsSchema>;
