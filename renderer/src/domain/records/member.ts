import { z } from 'zod';
import { isAfterDay, localTodayIso, type PartialDate } from '../partialDate';
import { isValidEmail, isValidPhone } from './contactFormats';
import { GENDERS, MEMBER_CATEGORIES, MEMBER_STATUSES, PARTIES } from './enums';
import { recordBaseShape } from './recordBase';
import { idList, isBlank, optionalDate, optionalText, requiredText, textList } from './schemaParts';

const memberShape = {
  name: requiredText(50),
  /** Traditional-character, English or former names (陳, Chan Tai Man), found by search. */
  otherNames: textList(100, 20),
  category: z.enum(MEMBER_CATEGORIES).optional(),
  gender: z.enum(GENDERS).optional(),
  ethnicity: optionalText(20),
  party: z.enum(PARTIES).optional(),
  /** 出生年月: usually to the month, as the 履职档案 form asks. */
  birth: optionalDate,
  education: optionalText(30),
  sector: optionalText(50),
  term: optionalText(50),
  location: optionalText(100),
  workplace: optionalText(200),
  /** 专长领域: a few short phrases (金融, 中医药, 跨境物流); absent on records older than it. */
  expertise: z.array(requiredText(30)).max(20).optional(),
  phone: optionalText(40),
  email: optionalText(100),
  studioIds: idList,
  status: z.enum(MEMBER_STATUSES).default('在任'),
  note: optionalText(2000),
};

function checkMember(
  m: { phone?: string | undefined; email?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (!isBlank(m.phone) && !isValidPhone(m.phone ?? '')) {
    ctx.addIssue({ code: 'custom', path: ['phone'], message: '格式不正确' });
  }
  if (!isBlank(m.email) && !isValidEmail(m.email ?? '')) {
    ctx.addIssue({ code: 'custom', path: ['email'], message: '格式不正确' });
  }
}

/**
 * A 出生年月 after today is a typo (2030.5 for 1930.5, an Excel day number read as a date), in a
 * form, a paste or a sheet alike. Only what is entered is checked: a record as stored, in a
 * colleague's 交接包 too, is taken as it is.
 */
function checkBirth(m: { birth?: PartialDate | undefined }, ctx: z.RefinementCtx): void {
  if (m.birth && isAfterDay(m.birth, localTodayIso())) {
    ctx.addIssue({ code: 'custom', path: ['birth'], message: '不能晚于今天' });
  }
}

/** 委员: what a form edits. */
export const memberInputSchema = z
  .object(memberShape)
  .superRefine(checkMember)
  .superRefine(checkBirth);
/** 委员 as stored. */
export const memberSchema = z
  .object({ ...memberShape, ...recordBaseShape })
  .superRefine(checkMember);

export type MemberInput = z.output<typeof memberInputSchema>;
/** What a form may hand in before defaults are applied. */
export type MemberDraft = z.input<typeof memberInputSchema>;
export type Member = z.output<typeof memberSchema>;
