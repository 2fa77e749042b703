import { z } from 'zod';
import { isValidRate, type Money } from '../money';
import { moneySchema, rateSchema } from '../moneySchemas';
import { dateRangeError, type PartialDate } from '../partialDate';
import { partialDateSchema } from '../partialDateSchema';
import { attachmentListSchema } from './attachment';
import {
  DONATION_DIRECTIONS,
  DONATION_KINDS,
  DONATION_PURPOSES,
  GOODS_STAGES,
  type DonationKind,
  type GoodsStage,
} from './enums';
import { recordBaseShape } from './recordBase';
import { idRef, isBlank, optionalDate, optionalText, requiredText } from './schemaParts';

/** 捐赠方: a member, or any other named donor; `group` marks a collective such as “港澳委员和海外顾问团成员”. */
export const donorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('委员'), memberId: idRef }),
  z.object({ type: z.literal('其他'), name: requiredText(200), group: z.boolean().default(false) }),
]);
export type Donor = z.output<typeof donorSchema>;

/** 物资明细: one line of donated goods. */
export const goodsItemSchema = z.object({
  name: requiredText(100),
  spec: optionalText(100),
  quantity: z.number().finite().positive(),
  unit: optionalText(20),
  /** 估值 of the whole line, in its own currency. */
  value: moneySchema.optional(),
  expiry: optionalDate,
});
export type GoodsItem = z.output<typeof goodsItemSchema>;

/** 物资状态: one stage reached, with its date, who handled it (经办人) and a note. */
export const goodsStageEntrySchema = z.object({
  stage: z.enum(GOODS_STAGES),
  date: optionalDate,
  operator: optionalText(40),
  note: optionalText(500),
});
export type GoodsStageEntry = z.output<typeof goodsStageEntrySchema>;

const donationShape = {
  kind: z.enum(DONATION_KINDS),
  donors: z.array(donorSchema).min(1, { message: '至少填写一位' }),
  /** 金额 + 币种; for goods, the declared total value if any. */
  amount: moneySchema.optional(),
  /** 汇率: CNY per unit of the amount's currency on the donation date. */
  rate: rateSchema.optional(),
  /** 折合人民币 in fen: filled from the rate table, editable. */
  cnyAmountMinor: z.number().int().safe().min(0).optional(),
  items: z.array(goodsItemSchema).default([]),
  stages: z.array(goodsStageEntrySchema).default([]),
  recipient: optionalText(200),
  /** 开票单位: the legal recipient that issued the receipt, e.g. a charity foundation. */
  receiptIssuer: optionalText(200),
  direction: z.enum(DONATION_DIRECTIONS).optional(),
  purpose: z.enum(DONATION_PURPOSES).optional(),
  campaignId: idRef.optional(),
  date: partialDateSchema,
  receiptNo: optionalText(100),
  certificateNo: optionalText(100),
  acknowledgement: optionalText(1000),
  /** 保密: the donor asked not to be named; left out of anything published unless chosen. */
  confidential: z.boolean().default(false),
  inTimeline: z.boolean().default(false),
  timelineSummary: optionalText(1000),
  attachments: attachmentListSchema,
  note: optionalText(2000),
};

interface DonationCheckable {
  kind: DonationKind;
  amount?: Money | undefined;
  rate?: string | undefined;
  cnyAmountMinor?: number | undefined;
  items: GoodsItem[];
  stages: { stage: GoodsStage; date?: PartialDate | undefined }[];
  inTimeline: boolean;
  timelineSummary?: string | undefined;
}

function checkDonation(d: DonationCheckable, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string): void =>
    ctx.addIssue({ code: 'custom', path, message });
  if (d.kind === '资金' && d.amount === undefined) issue(['amount'], '资金捐赠须填写金额');
  if (d.amount !== undefined && d.amount.amountMinor <= 0) {
    issue(['amount', 'amountMinor'], '须大于零');
  }
  if (d.kind === '物资' && d.items.length === 0) issue(['items'], '物资捐赠至少填写一项物资');
  if (d.kind === '资金' && d.items.length > 0) issue(['items'], '仅适用于物资捐赠');
  if (d.kind === '资金' && d.stages.length > 0) issue(['stages'], '仅适用于物资捐赠');
  if (d.amount && d.amount.currency !== 'CNY') {
    if (d.rate === undefined) issue(['rate'], '外币金额须填写汇率');
    if (d.cnyAmountMinor === undefined) issue(['cnyAmountMinor'], '外币金额须填写折合人民币');
  }
  if (d.amount?.currency === 'CNY') {
    if (d.rate !== undefined && isValidRate(d.rate) && !/^1(?:\.0*)?$/.test(d.rate)) {
      issue(['rate'], '人民币金额的汇率应为1');
    }
    const cny = d.cnyAmountMinor;
    if (cny !== undefined && cny >= 0 && cny !== d.amount.amountMinor) {
      issue(['cnyAmountMinor'], '人民币金额的折合人民币应与金额相同');
    }
  }
  d.stages.forEach((entry, i) => {
    const previous = d.stages[i - 1];
    if (!previous) return;
    if (GOODS_STAGES.indexOf(entry.stage) <= GOODS_STAGES.indexOf(previous.stage)) {
      issue(['stages', i, 'stage'], `应按${GOODS_STAGES.join('→')}的顺序，且不重复`);
    } else if (previous.date && entry.date && dateRangeError(previous.date, entry.date)) {
      issue(['stages', i, 'date'], `不能早于“${previous.stage}”的日期`);
    }
  });
  if (d.inTimeline && isBlank(d.timelineSummary)) {
    issue(['timelineSummary'], '列入大事记时不能为空');
  }
}

/** 捐赠: what a form edits. */
export const donationInputSchema = z.object(donationShape).superRefine(checkDonation);
/** 捐赠 as stored. */
export const donationSchema = z
  .object({ ...donationShape, ...recordBaseShape })
  .superRefine(checkDonation);

export type DonationInput = z.output<typeof donationInputSchema>;
export type DonationDraft = z.input<typeof donationInputSchema>;
export type Donation = z.output<typeof donationSchema>;
