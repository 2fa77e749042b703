import { isAbsolute, resolve, sep } from 'node:path';

/** What a dialog let the renderer do with the path the user chose there. */
export type GrantMode = 'read' | 'write';

export interface PathGrantOptions {
  /** How long an unused grant lasts. */
  ttlMs?: number;
  /** The clock, injected so that tests need not wait. */
  now?: () => number;
}

/** A user who picked a file is about to use it; an older grant is one a page kept back. */
export const DEFAULT_GRANT_TTL_MS = 5 * 60_000;

/**
 * The files the renderer may read or write: a path the user chose in a save dialog may be written
 * once, one chosen in an open dialog read once, each within a few minutes of the choice; and
 * anything below the folders the host owns, as often as needed. A compromised page can name
 * neither an arbitrary path nor reuse an old choice.
 */
export class PathGrants {
  private readonly granted = new Map<string, number>();
  private readonly roots: string[];
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(roots: readonly string[], options: PathGrantOptions = {}) {
    this.roots = roots.map((root) => withTrailingSep(resolve(root)));
    this.ttlMs = options.ttlMs ?? DEFAULT_GRANT_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Records the user's choice of `path` in a dialog that allows `mode`. */
  grant(path: string, mode: GrantMode): void {
    this.granted.set(key(resolve(path), mode), this.now() + this.ttlMs);
  }

  /** True when `path` may be used for `mode` now; a dialog's grant is used up by this call. */
  take(path: string, mode: GrantMode): boolean {
    if (!isAbsolute(path) || path.includes('\0')) return false;
    const full = resolve(path);
    if (this.roots.some((root) => full.startsWith(root))) return true;
    const entry = key(full, mode);
    const expiresAt = this.granted.get(entry);
    this.granted.delete(entry);
    return expiresAt !== undefined && this.now() <= expiresAt;
  }
}

function key(path: string, mode: GrantMode): string {
  return `${mode}\0${path}`;
}

function withTrailingSep(path: string): string {
  return path.endsWith(sep) ? path : path + sep;
}
