import type { SearchHit, SearchKind } from '../../domain/search';
import type { SearchRequest, SearchResponse } from './searchProtocol';

export interface SearchResult {
  hits: SearchHit[];
  tookMs: number;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (result: SearchResult) => void>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  worker.onmessage = (event: MessageEvent<SearchResponse>) => {
    const message = event.data;
    if (message.type !== 'result') return;
    waiting.get(message.requestId)?.({ hits: message.hits, tookMs: message.tookMs });
    waiting.delete(message.requestId);
  };
  return worker;
}

/** Asks the worker to read the stored keys again (after a rebuild or sample data removal). */
export function reloadSearch(): void {
  send({ type: 'reload' });
}

function send(request: SearchRequest): void {
  ensureWorker().postMessage(request);
}

/** Starts the worker early, so the index is loading while the first screen renders. */
export function warmUpSearch(): void {
  ensureWorker();
}

/** Finds records by any Chinese fragment, pinyin (full or initials), either script, or number. */
export function search(query: string, limit = 50, kinds?: SearchKind[]): Promise<SearchResult> {
  const requestId = nextId++;
  return new Promise((resolve) => {
    waiting.set(requestId, resolve);
    send({ type: 'query', requestId, query, limit, ...(kinds ? { kinds } : {}) });
  });
}
