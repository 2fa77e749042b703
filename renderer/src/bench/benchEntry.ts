/**
 * Loaded by `renderer/bench.html` (same origin as the app, so the same IndexedDB). With `?empty` it
 * does nothing else: the start-up floor of `npm run bench`, an empty page in the same shell.
 * Otherwise it loads the bench suite and exposes it as `window.__dutyLedgerBench`.
 */
import type { BenchApi } from './benchApi';

declare global {
  interface Window {
    __dutyLedgerBench?: BenchApi;
  }
}

if (new URLSearchParams(location.search).has('empty')) {
  document.body.dataset.ready = 'empty';
} else {
  void import('./benchSuite').then(({ createBenchApi }) => {
    window.__dutyLedgerBench = createBenchApi();
    document.body.dataset.ready = 'bench';
  });
}
