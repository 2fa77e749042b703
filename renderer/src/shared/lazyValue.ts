/** A value whose code loads apart from the start-up code: loaded once, kept once it is there. */
export interface LazyValue<T> {
  /** Loads it (once; a failed load is tried again on the next call). */
  load: () => Promise<T>;
  /** The value if it has loaded, without waiting. */
  current: () => T | undefined;
}

export function lazyValue<T>(load: () => Promise<T>): LazyValue<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    current: () => value,
  };
}
