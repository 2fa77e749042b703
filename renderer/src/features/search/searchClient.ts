import { onBackgroundHold } from '../../app/backgroundWork';
import type { SearchHit, SearchKind } from '../../domain/search';
import type { SearchRequest, SearchResponse } from './searchProtocol';

export interface SearchResult {
  hits: SearchHit[];
  tookMs: number;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<
  number,
  { resolve: (result: SearchResult) => void; reject: (error: Error) => void }
>();

// While the index loads, a page that opens has the machine first (a query lifts the hold).
onBackgroundHold((ms) => worker?.postMessage({ type: 'hold', ms } satisfies SearchRequest));

/** Every search waiting on the worker gets an answer, even if the worker dies. */
function failAll(message: string): void {
  for (const { reject } of waiting.values()) reject(new Error(message));
  waiting.clear();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  worker.onmessage = (event: MessageEvent<SearchResponse>) => {
    const message = event.data;
    if (message.type === 'ready') return;
    const request = waiting.get(message.requestId);
    waiting.delete(message.requestId);
    if (message.type === 'result') request?.resolve({ hits: message.hits, tookMs: message.tookMs });
    else request?.reject(new Error(message.message));
  };
  worker.onerror = (event) => {
    failAll(event.message || '搜索程序出错');
    // The next search starts a fresh worker.
    worker?.terminate();
    worker = null;
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
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    send({ type: 'query', requestId, query, limit, ...(kinds ? { kinds } : {}) });
  });
}
