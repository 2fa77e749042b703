import { isAbsolute, normalize, resolve, sep } from 'node:path';

/**
 * The files the renderer may read or write: those the user picked in a dialog during this run,
 * and anything below the folders the host owns. A compromised page cannot name an arbitrary path.
 */
export class PathGrants {
  private readonly granted = new Set<string>();
  private readonly roots: string[];

  constructor(roots: readonly string[]) {
    this.roots = roots.map((root) => withTrailingSep(resolve(root)));
  }

  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  allows(path: string): boolean {
    if (!isAbsolute(path) || path.includes('\0')) return false;
    const full = resolve(normalize(path));
    if (this.granted.has(full)) return true;
    return this.roots.some((root) => full.startsWith(root));
  }
}

function withTrailingSep(path: string): string {
  return path.endsWith(sep) ? path : path + sep;
}
