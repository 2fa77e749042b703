import { z } from 'zod';
import { dateRangeError } from '../partialDate';
import { type PartialDate } from '../partialDate';
import { recordBaseShape } from './recordBase';
import { optionalDate, optionalText, requiredText } from './schemaParts';

const campaignShape = {
  name: requiredText(100),
  /** 起止日期; an ongoing campaign has no end. */
  period: z.object({ start: optionalDate, end: optionalDate }).default({}),
  description: optionalText(5000),
};

function checkCampaign(
  c: { period: { start?: PartialDate; end?: PartialDate } },
  ctx: z.RefinementCtx,
): void {
  if (c.period.start) {
    const error = dateRangeError(c.period.start, c.period.end);
    if (error) ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: error });
  }
}

/** 专项: what a form edits. */
export const campaignInputSchema = z.object(campaignShape).superRefine(checkCampaign);
/** 专项 as stored. */
export const campaignSchema = z
  .object({ ...campaignShape, ...recordBaseShape })
  .superRefine(checkCampaign);

export type CampaignInput = z.output<typeof campaignInputSchema>;
export type CampaignDraft = z.input<typeof campaignInputSchema>;
export type Campaign = z.output<typeof campaignSchema>;
