/// <reference lib="webworker" />
// 交接包 export and verification, off the UI thread: the worker reads the database itself (Dexie
// works in workers) and streams the bundle to the page a chunk at a time.
import type { BundleWorkerRequest } from './bundleProtocol';
import { startBundleJobs } from './bundleJobs';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = startBundleJobs((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event: MessageEvent<BundleWorkerRequest>) => handle(event.data);
