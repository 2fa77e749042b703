import { formatPartialDate } from '../partialDate';
import type { Donation, MemberCategory } from '../records';
import { goodsSummary, goodsValue, officeAmount } from './officeWording';

/** A donor as the letter addresses them: a member (with what they are), or anyone else. */
export type LetterDonor =
  | { kind: 'member'; name: string; category?: MemberCategory; gender?: '男' | '女' }
  | { kind: 'other'; name: string; group: boolean };

/** What a 感谢信 is written from. */
export interface ThankYouLetterInput {
  /** 单位名称 from settings: the letter's sender. */
  unitName: string;
  /** 成文日期, e.g. 2026年11月29日. */
  dated: string;
  donors: readonly LetterDonor[];
  donation: Pick<Donation, 'kind' | 'amount' | 'items' | 'recipient' | 'purpose' | 'date'>;
  /** The 专项's name, when the gift belongs to one. */
  campaignName?: string;
}

/** The letter as text: title, salutation, body paragraphs, then 落款. */
export interface ThankYouLetterText {
  title: string;
  salutation: string;
  paragraphs: string[];
  unitName: string;
  dated: string;
}

// An outside donor whose name ends so is written to as an organisation (贵单位), not a person.
const ORGANISATION =
  /(公司|集团|商会|协会|学会|联谊会|同乡会|总会|基金会|银行|医院|学校|大学|学院|中心|委员会|研究院|俱乐部|社|厂|行|会)$/;

/** How the letter names one donor: 张国华委员, 李建伟顾问, 王丽女士, 香港湖南联谊总会. */
export function formOfAddress(donor: LetterDonor): string {
  if (donor.kind === 'other') return donor.name;
  if (donor.category === '海外顾问') return `${donor.name}顾问`;
  if (donor.category === '特邀人士') {
    return donor.gender === '男'
      ? `${donor.name}先生`
      : donor.gender === '女'
        ? `${donor.name}女士`
        : donor.name;
  }
  return `${donor.name}委员`;
}

/** 您 to one person, 贵单位 to one organisation, 各位 to several or to a group. */
function pronoun(donors: readonly LetterDonor[]): '您' | '贵单位' | '各位' {
  const [only] = donors;
  if (donors.length !== 1 || !only) return '各位';
  if (only.kind === 'other' && only.group) return '各位';
  if (only.kind === 'other' && ORGANISATION.test(only.name)) return '贵单位';
  return '您';
}

/** What was given, as the first paragraph says it. */
function gift(donation: ThankYouLetterInput['donation']): string {
  if (donation.kind === '资金') return donation.amount ? officeAmount(donation.amount) : '善款';
  const goods = goodsSummary(donation.items) || '物资';
  const named = goods.endsWith('物资') ? goods : `${goods}等物资`;
  const value = goodsValue(donation);
  return value ? `${named}，价值${officeAmount(value)}` : named;
}

/**
 * The 感谢信 for one donation, as text: addressed to its donors, the gift in its own currency
 * as an office writes it (港币200万元) or the goods summarised, its 用途 and 专项, and the
 * 单位名称 and date as 落款.
 */
export function thankYouLetterText(input: ThankYouLetterInput): ThankYouLetterText {
  const { donation } = input;
  const you = pronoun(input.donors);
  const to = donation.recipient ? `向${donation.recipient}` : '';
  const use = donation.purpose && donation.purpose !== '其他' ? `，用于${donation.purpose}` : '';
  const campaign = input.campaignName ? `，纳入“${input.campaignName}”专项` : '';
  const what = donation.kind === '资金' ? '每一笔善款' : '每一批物资';
  const wish = you === '贵单位' ? '事业兴旺发达' : '身体健康、工作顺利、阖家幸福';
  return {
    title: '感谢信',
    salutation: `尊敬的${input.donors.map(formOfAddress).join('、')}：`,
    paragraphs: [
      `${formatPartialDate(donation.date)}，${you}${to}捐赠${gift(donation)}${use}${campaign}。`,
      `${you}心系桑梓、热心公益，以实际行动传递了关爱与温暖。在此，谨向${you}表示衷心的感谢和崇高的敬意！`,
      `我们将严格按照捐赠意愿，管好用好${what}，确保用到实处，并及时向${you}反馈使用情况。`,
      `衷心祝愿${you}${wish}！`,
    ],
    unitName: input.unitName,
    dated: input.dated,
  };
}
