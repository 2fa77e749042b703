import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, resolveAppRequest } from '../handlers/appRequest';
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

/** Serves the built renderer from app://duty-ledger with the guard of `resolveAppRequest`. */
export function setupProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const decision = resolveAppRequest(
      request.method,
      request.url,
      { protocol: `${APP_SCHEME}:`, host: APP_HOST },
      rendererDir,
    );
    if (decision.status !== 200) return new Response(null, { status: decision.status });
    const file = await net.fetch(pathToFileURL(decision.filePath).toString());
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
