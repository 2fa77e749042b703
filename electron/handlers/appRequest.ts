import { extname, join, normalize, resolve, sep } from 'node:path';

const POLICY_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy every page of ours is served with. antd writes its styles inline, hence style-src. */
export const CONTENT_SECURITY_POLICY = [...POLICY_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The same policy as a `<meta>` in the built pages, so it holds however a page is loaded.
 * Browsers ignore frame-ancestors in a meta (and warn), so it is left to the header.
 */
export const META_CONTENT_SECURITY_POLICY = POLICY_DIRECTIVES.join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppRequestDecision =
  | { status: 200; filePath: string; contentType: string }
  | { status: 403 | 404 | 405; reason: string };

/**
 * Pages built for development only (the benchmarks, the attachments' e2e harness), never served by
 * a packaged build.
 */
export const DEVELOPMENT_ONLY_PAGES: readonly string[] = ['bench.html', 'harness.html'];

/**
 * Decides what a request to our own origin may read: GET only, our host only, never a path
 * outside the renderer's folder, however it is encoded, and none of the `excluded` files
 * (paths relative to that folder).
 */
export function resolveAppRequest(
  method: string,
  requestUrl: string,
  origin: { protocol: string; host: string },
  rootDir: string,
  excluded: readonly string[] = [],
): AppRequestDecision {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, reason: 'method' };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 403, reason: 'url' };
  }
  if (url.protocol !== origin.protocol || url.host !== origin.host) {
    return { status: 403, reason: 'host' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 403, reason: 'encoding' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 403, reason: 'path' };
  const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '');
  const root = resolve(rootDir);
  const filePath = resolve(join(root, relative));
  if (filePath !== root && !filePath.startsWith(root + sep)) {
    return { status: 403, reason: 'traversal' };
  }
  if (excluded.includes(relative.split(sep).join('/'))) return { status: 404, reason: 'excluded' };
  const contentType = MIME[extname(filePath).toLowerCase()];
  if (!contentType) return { status: 404, reason: 'type' };
  return { status: 200, filePath, contentType };
}
