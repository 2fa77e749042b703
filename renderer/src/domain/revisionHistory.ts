/**
 * Every stored record keeps the tags of its last versions, newest first (`_revs`). Two installs
 * that exchange 交接包 compare them: a version whose history holds the other side's newest tag
 * descends from it (an update to take, or nothing to do); two that do not know each other's
 * newest tag were changed on both sides since they last met — a conflict. CouchDB keeps
 * `_revisions` for the same reason; a counter alone cannot tell, since both sides count from the
 * same rev.
 */

/** What a history is read from: a stored row, or a row in a 交接包. */
export interface Versioned {
  id: string;
  rev: number;
  updatedAt: string;
  _revs?: string[] | undefined;
}

/** How many tags a record keeps: more edits than this on both sides apart read as a conflict. */
export const REVISION_HISTORY_LIMIT = 20;

/** A new version's tag: its rev, for people reading a bundle, and 48 random bits. */
export function revisionTag(rev: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${rev}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The tags of a stored row, newest first. A row written before histories were kept gets one tag
 * made from what it holds, the same on every install that holds the same copy.
 */
export function historyOf(row: Versioned): string[] {
  if (row._revs && row._revs.length > 0) return row._revs;
  return [`${row.rev}-${stableHash(`${row.id}|${row.rev}|${row.updatedAt}`)}`];
}

/** The history after writing version `rev` over `previous` (absent for a new record). */
export function nextHistory(rev: number, previous: Versioned | undefined): string[] {
  const older = previous ? historyOf(previous) : [];
  return [revisionTag(rev), ...older].slice(0, REVISION_HISTORY_LIMIT);
}

/** 48 bits of FNV-1a over the string's UTF-16 units, as 12 hex digits: stable, not secret. */
function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return (hash & 0xffffffffffffn).toString(16).padStart(12, '0');
}
