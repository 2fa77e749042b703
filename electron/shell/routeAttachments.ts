import type { Route } from 'playwright-core';
import { ATTACHMENT_UPLOAD_PATH } from '../contract/attachments';
import { attachmentHeaders, resolveAttachmentRequest } from '../handlers/attachmentRequest';
import { dispatch } from '../handlers/dispatch';
import { readHead } from '../services/attachmentStore';
import { sniffContentType } from '../services/attachmentTypes';
import type { HostServices } from '../services/hostServices';
import { SHELL_ORIGIN } from './shellOrigin';

const origin = { protocol: 'https:', host: new URL(SHELL_ORIGIN).host };

/**
 * Answers the shell's attachment requests: the bytes of `attachments:put`, `files:writeChunk`
 * and `backup:write` posted by the bridge (see shellInvoke.ts), and stored files read at
 * `/attachments/<sha256>`. False when the request is about neither, for the renderer's files to
 * be served instead.
 */
export async function routeAttachments(route: Route, services: HostServices): Promise<boolean> {
  const request = route.request();
  const url = new URL(request.url());
  if (url.pathname === ATTACHMENT_UPLOAD_PATH) {
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(await dispatchUpload(route, services)),
    });
    return true;
  }
  const decision = resolveAttachmentRequest(
    request.method(),
    request.url(),
    origin,
    services.dataDir,
  );
  if (decision === null) return false;
  if (decision.status !== 200) {
    await route.fulfill({ status: decision.status, body: '' });
    return true;
  }
  try {
    const contentType = sniffContentType(await readHead(decision.filePath));
    await route.fulfill({
      status: 200,
      path: decision.filePath,
      // With `path`, Playwright types the body by its extension (ours have none) unless told.
      contentType,
      headers: attachmentHeaders(contentType),
    });
  } catch {
    await route.fulfill({ status: 404, body: '' });
  }
  return true;
}

/** The channels whose bytes may arrive as a posted body; any other is refused by `dispatch`. */
const BINARY_CHANNELS = new Set(['attachments:put', 'files:writeChunk', 'backup:write']);

async function dispatchUpload(route: Route, services: HostServices): Promise<unknown> {
  const request = route.request();
  const named = request.headers()['x-bridge-channel'] ?? 'attachments:put';
  const channel = BINARY_CHANNELS.has(named) ? named : `binary:${named.slice(0, 40)}`;
  let args: unknown = null;
  if (request.method() === 'POST') {
    try {
      const meta: unknown = JSON.parse(
        decodeURIComponent(request.headers()['x-bridge-args'] ?? ''),
      );
      const body = request.postDataBuffer() ?? Buffer.alloc(0);
      const sent = Number(request.headers()['x-bridge-bytes']);
      if (sent !== body.byteLength) {
        // The bytes did not all arrive (a system Chromium that does not report a posted Blob's
        // body to the interception): nothing is written, rather than an empty or cut file.
        return {
          ok: false,
          error: {
            channel,
            message: `外壳只收到 ${body.byteLength} / ${sent} 字节，未写入；请更新系统的 Chromium`,
          },
        };
      }
      args = {
        ...(meta as object),
        data: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      };
    } catch {
      args = null;
    }
  }
  return dispatch(channel, args, request.frame().url(), services);
}
