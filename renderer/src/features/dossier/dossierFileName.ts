import { safeFileName } from '../../shared/safeFileName';

/**
 * A member's 履职档案's suggested file name: 张国华-2020年度履职档案.docx, or 履职档案表 for the
 * one-page table.
 */
export function dossierFileName(
  memberName: string,
  year: number,
  variant: 'narrative' | 'table',
): string {
  const suffix = variant === 'table' ? '履职档案表' : '履职档案';
  return safeFileName(`${memberName}-${year}年度${suffix}`, 'docx');
}
