/** What went wrong with a 交接包; the lead's import screen may branch on it. */
export type BundleErrorCode =
  | 'empty'
  | 'not-a-zip'
  | 'not-a-bundle'
  | 'truncated'
  | 'unsafe-name'
  | 'newer-version'
  | 'unknown-version'
  | 'bad-manifest'
  | 'missing-entry'
  | 'extra-entry'
  | 'too-large'
  | 'size-mismatch'
  | 'checksum-mismatch'
  | 'bad-row'
  | 'count-mismatch'
  | 'damaged'
  | 'passphrase-required'
  | 'wrong-passphrase'
  | 'attachment-mismatch'
  | 'cancelled'
  /** Anything else that went wrong (a database read, the worker). */
  | 'internal';

/** A 交接包 that cannot be written or read; `message` is Chinese and names the problem. */
export class BundleError extends Error {
  override readonly name = 'BundleError';

  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Throws the recognisable cancellation error when `signal` has been aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new BundleError('cancelled', `已取消${what}`);
}
