import type { LetterDonor } from '../../domain/documents/thankYouLetter';
import { safeFileName } from '../../shared/safeFileName';

/** Donors named in a 感谢信's file name, in characters, before the rest are summed up as 等. */
const MAX_DONORS_TEXT = 30;

/**
 * A 感谢信's suggested file name, after its donors: 感谢信-张国华、李明.docx; a long list is cut
 * to 30 characters and 等.
 */
export function thankYouLetterFileName(donors: readonly Pick<LetterDonor, 'name'>[]): string {
  const names = [...donors.map((d) => d.name).join('、')];
  const short =
    names.length > MAX_DONORS_TEXT
      ? `${names.slice(0, MAX_DONORS_TEXT).join('')}等`
      : names.join('');
  return safeFileName(`感谢信-${short}`, 'docx');
}

/** A 专项捐赠汇总's suggested file name, after its 专项: 专项捐赠汇总-新冠肺炎疫情防控.docx. */
export function campaignSummaryFileName(campaignName: string): string {
  return safeFileName(`专项捐赠汇总-${campaignName}`, 'docx');
}
