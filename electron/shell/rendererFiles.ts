import { readFile, stat } from 'node:fs/promises';

/**
 * The built renderer's files as the shell hands them to Chromium: read once and kept until the
 * file changes. Request interception turns off Chromium's HTTP cache, so every start asks again.
 * (Compressing them does not help: Chromium does not decode a Content-Encoding on a body that
 * interception supplies.)
 */
export function createRendererFiles(): (path: string) => Promise<Buffer> {
  const cache = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();
  return async (path) => {
    const info = await stat(path);
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.body;
    const body = await readFile(path);
    cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, body });
    return body;
  };
}
