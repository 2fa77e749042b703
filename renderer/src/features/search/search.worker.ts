/// <reference lib="webworker" />
// The search index lives here, off the UI thread: it loads the stored search keys once, follows
// every committed write through a BroadcastChannel, and answers queries.
import { SearchIndex } from '../../domain/search';
import { db } from '../../db/database';
import { SEARCH_CHANNEL, type SearchChange } from '../../db/searchChanges';
import type { SearchRequest, SearchResponse } from './searchProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const index = new SearchIndex();
const pending: SearchChange[] = [];
let loaded = false;
// Declared after `pending` and `loaded`: load() touches both before its first await.
let loading: Promise<void> = load();

async function load(): Promise<void> {
  loaded = false;
  index.clear();
  const docs = await db().searchDocs.toArray();
  for (const doc of docs) index.upsert(doc);
  loaded = true;
  for (const change of pending.splice(0)) apply(change);
  post({ type: 'ready', size: index.size });
}

function apply(change: SearchChange): void {
  if (!loaded) {
    pending.push(change);
    return;
  }
  if (change.type === 'upsert') for (const doc of change.docs) index.upsert(doc);
  else if (change.type === 'remove') for (const id of change.ids) index.remove(id);
  else loading = load();
}

new BroadcastChannel(SEARCH_CHANNEL).onmessage = (event: MessageEvent<SearchChange>) =>
  apply(event.data);

scope.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'reload') {
    loading = load();
    return;
  }
  await loading;
  const started = performance.now();
  const hits = index.search(request.query, {
    limit: request.limit,
    ...(request.kinds ? { kinds: request.kinds } : {}),
  });
  post({ type: 'result', requestId: request.requestId, hits, tookMs: performance.now() - started });
};

function post(message: SearchResponse): void {
  scope.postMessage(message);
}
