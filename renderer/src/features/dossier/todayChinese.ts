/** Today as 2026年11月29日, for a document's 成文日期. */
export function todayChinese(now: Date = new Date()): string {
  return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
}
