/**
 * Version of the search keys' format (SearchDoc). Raise it whenever buildSearchDoc would write
 * different keys for the same record: stored keys of another version are then rebuilt from the
 * records when the app starts. Kept apart from searchKeys.ts so that reading it does not load
 * the pinyin tables.
 */
export const SEARCH_DOC_VERSION = 6;
