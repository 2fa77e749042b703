import { app, net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import {
  CONTENT_SECURITY_POLICY,
  DEVELOPMENT_ONLY_PAGES,
  resolveAppRequest,
} from '../handlers/appRequest';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serves the built renderer from app://duty-ledger with the guard of `resolveAppRequest`; a
 * packaged build serves no development page.
 */
export function setupProtocol(rendererDir: string): void {
  const excluded = app.isPackaged ? DEVELOPMENT_ONLY_PAGES : [];
  protocol.handle(APP_SCHEME, async (request) => {
    const decision = resolveAppRequest(
      request.method,
      request.url,
      { protocol: `${APP_SCHEME}:`, host: APP_HOST },
      rendererDir,
      excluded,
    );
    if (decision.status !== 200) return new Response(null, { status: decision.status });
    let file: Response;
    try {
      file = await net.fetch(pathToFileURL(decision.filePath).toString());
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(file.body, {
      status: file.status,
      headers: {
        'Content-Type': decision.contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
