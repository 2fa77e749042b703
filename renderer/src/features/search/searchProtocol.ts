import type { SearchHit, SearchKind } from '../../domain/search';

/** Messages between the page and the search worker. */
export type SearchRequest =
  | { type: 'query'; requestId: number; query: string; limit: number; kinds?: SearchKind[] }
  | { type: 'reload' }
  /** A page is opening: the index's load waits `ms` before its next part, unless asked. */
  | { type: 'hold'; ms: number };

export type SearchResponse =
  | { type: 'ready'; size: number }
  | { type: 'result'; requestId: number; hits: SearchHit[]; tookMs: number }
  | { type: 'error'; requestId: number; message: string };
