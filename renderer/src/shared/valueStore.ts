import { useSyncExternalStore } from 'react';

/**
 * A value that changes often (the timeline's year and month at the top, every few frames while
 * it scrolls) held outside React's state: only the parts that show it draw again, not the page.
 */
export interface ValueStore<T> {
  get: () => T;
  /** Sets the value; one that `same` says is unchanged tells no one. */
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createValueStore<T>(
  initial: T,
  same: (a: T, b: T) => boolean = Object.is,
): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (same(value, next)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's value, drawn again when it changes. */
export function useStoreValue<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
