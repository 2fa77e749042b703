/// <reference lib="webworker" />
// The search index lives here, off the UI thread: it loads the stored search keys (rebuilding them
// first if another version of their format built them), follows every committed write through a
// BroadcastChannel, and answers queries.
import { SearchIndex } from '../../domain/search';
import { searchDocParts } from '../../db/searchDocParts';
import { HoldGate } from '../../shared/holdGate';
import { SEARCH_CHANNEL, type SearchChange } from '../../db/searchChanges';
import { rebuildSearchDocsIfOutdated } from '../../db/searchDocsVersion';
import type { SearchRequest, SearchResponse } from './searchProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const index = new SearchIndex();
/** Changes that arrive while a load is reading; applied on top of what it read. */
const pending: SearchChange[] = [];
let loaded = false;
/** Lets a page that is opening have the machine between two parts of the load. */
const gate = new HoldGate();
/** Only the newest load fills the index: an older read may still hold removed records. */
let generation = 0;
// Declared after `pending` and `loaded`: load() touches both before its first await.
let loading: Promise<void> = startLoad();

/** A load whose failure is reported to the queries waiting on it, not as an unhandled error. */
function startLoad(): Promise<void> {
  const started = load();
  started.catch(() => undefined);
  return started;
}

async function load(): Promise<void> {
  const mine = ++generation;
  loaded = false;
  // Keys built by another version of their format are rebuilt first (once, after an update).
  await rebuildSearchDocsIfOutdated();
  if (mine !== generation) return;
  index.clear();
  for await (const part of searchDocParts()) {
    // A newer load has started: that one clears and fills the index.
    if (mine !== generation) return;
    for (const doc of part) index.upsert(doc);
    await gate.passed();
  }
  if (mine !== generation) return;
  loaded = true;
  for (const change of pending.splice(0)) apply(change);
  post({ type: 'ready', size: index.size });
}

function apply(change: SearchChange): void {
  if (change.type === 'reload') {
    pending.length = 0;
    loading = startLoad();
  } else if (!loaded) {
    pending.push(change);
  } else if (change.type === 'upsert') {
    for (const doc of change.docs) index.upsert(doc);
  } else {
    for (const id of change.ids) index.remove(id);
  }
}

new BroadcastChannel(SEARCH_CHANNEL).onmessage = (event: MessageEvent<SearchChange>) =>
  apply(event.data);

scope.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'reload') {
    apply({ type: 'reload' });
    return;
  }
  if (request.type === 'hold') {
    gate.hold(request.ms);
    return;
  }
  // Someone is waiting on the index: it loads at full speed from here.
  gate.release();
  try {
    // A newer load may start while this one is awaited: wait for the index to settle.
    for (let current = loading; ; current = loading) {
      await current;
      if (current === loading) break;
    }
    const started = performance.now();
    const hits = index.search(request.query, {
      limit: request.limit,
      ...(request.kinds ? { kinds: request.kinds } : {}),
    });
    post({
      type: 'result',
      requestId: request.requestId,
      hits,
      tookMs: performance.now() - started,
    });
  } catch (error) {
    // The page must hear back, or its search would wait forever.
    post({
      type: 'error',
      requestId: request.requestId,
      message: error instanceof Error ? error.message : String(error),
    });
    loading = startLoad();
  }
};

function post(message: SearchResponse): void {
  scope.postMessage(message);
}
