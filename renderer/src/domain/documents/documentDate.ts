/**
 * A date as 公文 write it, without zero padding: 2021年4月15日. Apart from gbt9704.ts so that
 * a page showing it does not load the .docx writer.
 */
export function documentDate(date: Date = new Date()): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
