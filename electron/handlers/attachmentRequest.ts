import { ATTACHMENT_URL_PREFIX } from '../contract/attachments';
import { attachmentFilePath } from '../services/attachmentStore';

export type AttachmentRequestDecision =
  { status: 200; filePath: string } | { status: 403 | 404 | 405; reason: string };

/**
 * Decides whether a request to our own origin asks for a stored attachment: null when it is not
 * about attachments at all (the renderer's files are served instead); otherwise GET or HEAD of
 * `/attachments/<sha256>` and nothing else, so no other file of the data folder can be named.
 */
export function resolveAttachmentRequest(
  method: string,
  requestUrl: string,
  origin: { protocol: string; host: string },
  dataDir: string,
): AttachmentRequestDecision | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (!url.pathname.startsWith(ATTACHMENT_URL_PREFIX)) return null;
  if (url.protocol !== origin.protocol || url.host !== origin.host) {
    return { status: 403, reason: 'host' };
  }
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, reason: 'method' };
  const sha256 = url.pathname.slice(ATTACHMENT_URL_PREFIX.length);
  if (!/^[0-9a-f]{64}$/.test(sha256)) return { status: 404, reason: 'name' };
  return { status: 200, filePath: attachmentFilePath(dataDir, sha256) };
}

/** Headers of a served attachment: its content never changes under its name. */
export function attachmentHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
}
