import { execFileSync } from 'node:child_process';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface HeapFigures {
  /** JS heap in use by the page, after a full GC */
  pageBytes: number;
  /** JS heap in use by its dedicated workers, summed */
  workerBytes: number;
  workers: number;
  workerMethod: string;
}

/**
 * The JS heap in use by a page and by each of its workers, after garbage collection. The page's
 * figure comes from CDP (Performance.getMetrics). Workers have no `performance.memory`, and
 * Playwright gives no CDP session to a worker, so each worker is reached through the browser
 * session (Target.attachToTarget, non-flat) and asked Runtime.getHeapUsage after a GC.
 */
export async function heapOfPageAndWorkers(
  context: BrowserContext,
  page: Page,
): Promise<HeapFigures> {
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const pageBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await session.detach();

  let workerBytes = 0;
  let workers = 0;
  let workerMethod = 'none running';
  const browser = context.browser();
  if (browser && page.workers().length > 0) {
    const browserSession = await browser.newBrowserCDPSession();
    const { targetInfos } = await browserSession.send('Target.getTargets');
    const workerUrls = new Set(page.workers().map((w) => w.url()));
    for (const target of targetInfos) {
      if (target.type !== 'worker' || !workerUrls.has(target.url)) continue;
      const used = await workerHeap(browserSession, target.targetId);
      if (used !== undefined) {
        workerBytes += used;
        workers++;
        workerMethod = 'CDP Runtime.getHeapUsage after GC';
      }
    }
    await browserSession.detach();
  }
  return { pageBytes, workerBytes, workers, workerMethod };
}

async function workerHeap(session: CDPSession, targetId: string): Promise<number | undefined> {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  const call = (method: string): Promise<Record<string, unknown>> => {
    const id = nextId++;
    return new Promise((resolve) => {
      const listener = (event: { sessionId: string; message: string }): void => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: object };
        if (message.id !== id) return;
        session.off('Target.receivedMessageFromTarget', listener);
        resolve((message.result ?? {}) as Record<string, unknown>);
      };
      session.on('Target.receivedMessageFromTarget', listener);
      void session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  };
  try {
    await withTimeout(call('HeapProfiler.collectGarbage'), 10_000);
    const usage = await withTimeout(call('Runtime.getHeapUsage'), 10_000);
    return typeof usage.usedSize === 'number' ? usage.usedSize : undefined;
  } catch {
    return undefined;
  } finally {
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}

/**
 * Resident memory of the largest renderer process of the browser using `profileDir` (Linux only,
 * for information: it includes Blink, fonts and the workers living in the same process).
 */
export function rendererRss(profileDir: string): number | undefined {
  try {
    const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ pid: m[1], ppid: m[2], rss: Number(m[3]) * 1024, args: m[4] ?? '' }));
    const root = lines.find(
      (p) => p.args.includes(`--user-data-dir=${profileDir}`) && !p.args.includes('--type='),
    );
    if (!root) return undefined;
    const family = new Set([root.pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of lines) {
        if (!family.has(p.pid) && family.has(p.ppid)) {
          family.add(p.pid);
          grew = true;
        }
      }
    }
    const renderers = lines.filter((p) => family.has(p.pid) && p.args.includes('--type=renderer'));
    return renderers.length > 0 ? Math.max(...renderers.map((p) => p.rss)) : undefined;
  } catch {
    return undefined;
  }
}
