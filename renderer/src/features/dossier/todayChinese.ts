/** Today as 2026年11月29日, for a document's 成文日期 (kept here for the pages that import it). */
export { documentDate as todayChinese } from '../../domain/documents/documentDate';
