import type { SearchDoc, SearchDocInput } from '../domain/search/searchKeys';

type Build = (input: SearchDocInput) => SearchDoc;

let build: Build | undefined;
let loading: Promise<Build> | undefined;

/**
 * The search keys' builder (pinyin readings and 繁简 folding: a few hundred KB of code and tables
 * built as it loads), fetched with the first write rather than with every list that only reads.
 */
export function loadSearchKeysBuilder(): Promise<Build> {
  loading ??= import('../domain/search/searchKeys').then(
    (module) => (build = module.buildSearchDoc),
    (error: unknown) => {
      loading = undefined; // the next write tries again
      throw error;
    },
  );
  return loading;
}

/**
 * The builder, inside a transaction: every write loads it (loadSearchKeysBuilder) before it opens
 * one, since an IndexedDB transaction commits when it is left waiting on anything but itself.
 */
export function loadedSearchKeysBuilder(): Build {
  if (!build) throw new Error('搜索索引的程序尚未载入，请重试。');
  return build;
}
