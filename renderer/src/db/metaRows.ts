import { SEARCH_DOC_VERSION } from '../domain/search/searchDocVersion';

/** One fact about the database as a whole, by name (schema v4's `meta` store). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** Names the SEARCH_DOC_VERSION that built every stored search key. */
export const SEARCH_DOCS_VERSION_KEY = 'searchDocVersion';

/** The row to write with search keys built by today's code. */
export function searchDocsVersionRow(): MetaRow {
  return { key: SEARCH_DOCS_VERSION_KEY, value: SEARCH_DOC_VERSION };
}
