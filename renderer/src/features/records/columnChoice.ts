import { useCallback, useState } from 'react';

const STORAGE_PREFIX = 'duty-ledger:list-columns:';

/**
 * The columns a list hides, as chosen last time on this computer; `fallback` until a choice was
 * made. A stored value that cannot be read counts as no choice.
 */
export function readHiddenColumns(list: string, fallback: readonly string[]): string[] {
  try {
    const stored = localStorage.getItem(STORAGE_PREFIX + list);
    if (stored === null) return [...fallback];
    const parsed: unknown = JSON.parse(stored);
    if (Array.isArray(parsed) && parsed.every((key) => typeof key === 'string')) {
      return parsed as string[];
    }
  } catch {
    // Unreadable or unavailable storage: the list shows its default columns.
  }
  return [...fallback];
}

/** Remembers which columns a list hides. */
export function writeHiddenColumns(list: string, hidden: readonly string[]): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + list, JSON.stringify(hidden));
  } catch {
    // Storage full or unavailable: the choice holds until the page is closed.
  }
}

/** The columns a list hides, and a setter that remembers the choice. */
export function useHiddenColumns(
  list: string,
  fallback: readonly string[],
): [string[], (hidden: string[]) => void] {
  const [hidden, setHidden] = useState(() => readHiddenColumns(list, fallback));
  const choose = useCallback(
    (next: string[]) => {
      writeHiddenColumns(list, next);
      setHidden(next);
    },
    [list],
  );
  return [hidden, choose];
}
