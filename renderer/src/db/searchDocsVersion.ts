import { SEARCH_DOC_VERSION } from '../domain/search/searchDocVersion';
import { db } from './database';
import { SEARCH_DOCS_VERSION_KEY } from './metaRows';

/**
 * Whether the stored search keys were built by another version of their format, or by one
 * unknown (before schema v4): one read, so start-up stays cheap.
 */
export async function searchDocsOutdated(): Promise<boolean> {
  const row = await db().meta.get(SEARCH_DOCS_VERSION_KEY);
  return row?.value !== SEARCH_DOC_VERSION;
}

/**
 * Rebuilds the search keys from the records when another version built them, as 设置 →
 * 重建搜索索引 does. The search worker calls it before it loads the keys, so the work is off the
 * UI thread and after the first screen. Returns whether it rebuilt.
 */
export async function rebuildSearchDocsIfOutdated(): Promise<boolean> {
  if (!(await searchDocsOutdated())) return false;
  // Only then load the record schemas and the pinyin tables the rebuild needs.
  const { rebuildSearchDocs } = await import('./repositories/searchIndexRepository');
  await rebuildSearchDocs();
  return true;
}
