import type { SearchHit, SearchKind } from '../../domain/search';

/** Messages between the page and the search worker. */
export type SearchRequest =
  | { type: 'query'; requestId: number; query: string; limit: number; kinds?: SearchKind[] }
  | { type: 'reload' };

export type SearchResponse =
  | { type: 'ready'; size: number }
  | { type: 'result'; requestId: number; hits: SearchHit[]; tookMs: number }
  | { type: 'error'; requestId: number; message: string };
