import { blocksToDocx } from './docBlocksDocx';
import {
  noticeTitle,
  reportTitle,
  yearNoticeBlocks,
  yearReportBlocks,
  type YearDocumentsInput,
} from './yearDocuments';

/**
 * 年度工作报告材料 as a .docx after GB/T 9704, in base64: the year's 大事记, its activities in
 * numbers, the members' points, the donations and the studios' 接待 — the material the office
 * turns into its work report.
 */
export async function buildYearReportDocx(input: YearDocumentsInput): Promise<string> {
  return blocksToDocx(reportTitle(input), yearReportBlocks(input));
}

/**
 * 年度履职情况通报 as a .docx after GB/T 9704, in base64: each member's year in one table row —
 * items under each heading of the 履职档案 form, 请假, 缺席, points and grade.
 */
export async function buildYearNoticeDocx(input: YearDocumentsInput): Promise<string> {
  return blocksToDocx(noticeTitle(input), yearNoticeBlocks(input));
}
