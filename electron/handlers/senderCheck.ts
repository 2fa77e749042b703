/**
 * True when a bridge call comes from a frame served at one of our own origins. Anything else — a
 * page navigated to by accident, an injected frame, a missing URL — is refused.
 */
export function isTrustedSender(
  senderUrl: string | undefined,
  trustedOrigins: readonly string[],
): boolean {
  if (!senderUrl) return false;
  let origin: string;
  try {
    const url = new URL(senderUrl);
    // Custom schemes report the opaque origin "null"; rebuild it from scheme and host.
    origin = url.origin !== 'null' ? url.origin : `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return trustedOrigins.includes(origin);
}
