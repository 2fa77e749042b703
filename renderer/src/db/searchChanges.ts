import type { SearchDoc } from '../domain/search';

/** Tells the search worker what a committed write changed. */
export type SearchChange =
  { type: 'upsert'; docs: SearchDoc[] } | { type: 'remove'; ids: string[] } | { type: 'reload' };

export const SEARCH_CHANNEL = 'duty-ledger:search';

let channel: BroadcastChannel | null = null;

/**
 * Announces a change after its transaction has committed, never before. The search worker is
 * another context, so BroadcastChannel reaches it (it never echoes to the sender).
 */
export function publishSearchChange(change: SearchChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  channel ??= new BroadcastChannel(SEARCH_CHANNEL);
  channel.postMessage(change);
}
