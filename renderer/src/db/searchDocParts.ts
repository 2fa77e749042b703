import type { SearchDoc } from '../domain/search/searchKeys';
import { db } from './database';

/** Search keys read per transaction: a few milliseconds of the database's time each. */
export const SEARCH_DOCS_PART = 1000;

/**
 * Every stored search key, in parts of `size` in key order, each part its own read. The database
 * answers one request at a time: one read of all 40,000 keys held a list opened meanwhile for
 * about 170 ms, while between parts a list's read waits for one part at most.
 */
export async function* searchDocParts(size = SEARCH_DOCS_PART): AsyncGenerator<SearchDoc[]> {
  let part = await db().searchDocs.orderBy(':id').limit(size).toArray();
  while (part.length > 0) {
    yield part;
    if (part.length < size) return;
    const last = part[part.length - 1]!.id;
    part = await db().searchDocs.where(':id').above(last).limit(size).toArray();
  }
}
