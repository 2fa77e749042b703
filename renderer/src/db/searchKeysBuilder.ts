import type { SearchDoc, SearchDocInput } from '../domain/search/searchKeys';
import { lazyValue } from '../shared/lazyValue';

type Build = (input: SearchDocInput) => SearchDoc;

/**
 * The search keys' builder (pinyin readings and 繁简 folding: a few hundred KB of code and tables
 * built as it loads), fetched with the first write rather than with every list that only reads.
 */
const builder = lazyValue<Build>(() =>
  import('../domain/search/searchKeys').then((module) => module.buildSearchDoc),
);

export const loadSearchKeysBuilder = builder.load;

/**
 * The builder, inside a transaction: every write loads it (loadSearchKeysBuilder) before it opens
 * one, since an IndexedDB transaction commits when it is left waiting on anything but itself.
 */
export function loadedSearchKeysBuilder(): Build {
  const build = builder.current();
  if (!build) throw new Error('搜索索引的程序尚未载入，请重试。');
  return build;
}
