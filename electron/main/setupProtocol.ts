import { app, net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import {
  CONTENT_SECURITY_POLICY,
  DEVELOPMENT_ONLY_PAGES,
  resolveAppRequest,
} from '../handlers/appRequest';
import { attachmentHeaders, resolveAttachmentRequest } from '../handlers/attachmentRequest';
import { readHead } from '../services/attachmentStore';
import { sniffContentType } from '../services/attachmentTypes';
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
 * Serves the built renderer from app://duty-ledger with the guard of `resolveAppRequest`, and the
 * stored attachments at app://duty-ledger/attachments/<sha256> (so `<img>` shows them without
 * their bytes crossing IPC); a packaged build serves no development page.
 */
export function setupProtocol(rendererDir: string, dataDir: string): void {
  const excluded = app.isPackaged ? DEVELOPMENT_ONLY_PAGES : [];
  protocol.handle(APP_SCHEME, async (request) => {
    const origin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };
    const attachment = resolveAttachmentRequest(request.method, request.url, origin, dataDir);
    if (attachment !== null) return serveAttachment(attachment);
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

async function serveAttachment(
  decision: NonNullable<ReturnType<typeof resolveAttachmentRequest>>,
): Promise<Response> {
  if (decision.status !== 200) return new Response(null, { status: decision.status });
  try {
    const contentType = sniffContentType(await readHead(decision.filePath));
    const file = await net.fetch(pathToFileURL(decision.filePath).toString());
    return new Response(file.body, {
      status: file.status,
      headers: attachmentHeaders(contentType),
    });
  } catch {
    return new Response(null, { status: 404 });
  }
}
