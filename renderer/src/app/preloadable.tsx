import { lazy, useState, type ComponentType } from 'react';
import { lazyValue } from '../shared/lazyValue';

/** Code that loads apart from the start-up code, and says whether it has. */
export interface LoadableCode {
  /** Fetches and runs the code once; later calls return the same promise. */
  load: () => Promise<unknown>;
  /** Whether the code has loaded, without waiting. */
  loaded: () => boolean;
}

export interface Preloadable<P extends object> extends LoadableCode {
  /** Drawn at once when the code is already loaded; otherwise suspends until it is. */
  Component: ComponentType<P>;
}

/**
 * A component whose code loads apart from the start-up code, which can be loaded ahead of its
 * first drawing. React.lazy alone suspends on a component's first drawing even when its code is
 * loaded already, and React then holds the page back for its Suspense throttle (~300 ms); drawn
 * through this, a page warmed in idle time appears in the same frame as the click.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  const code = lazyValue(load);
  const Lazy = lazy(code.load);
  function Preloaded(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded one would remount the page.
    const [Shown] = useState<ComponentType<P>>(() => code.current()?.default ?? Lazy);
    return <Shown {...props} />;
  }
  return { load: code.load, loaded: () => code.current() !== undefined, Component: Preloaded };
}

/** The props of a component type. */
type PropsOf<C> = C extends ComponentType<infer P> ? P & object : never;

/**
 * preloadable for a component a module exports by name: its props come with it, so a caller
 * names the module once, e.g. `preloadableExport(() => import('./MemberForm'), 'MemberForm')`.
 */
export function preloadableExport<M extends Record<K, ComponentType<never>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): Preloadable<PropsOf<M[K]>> {
  return preloadable(() =>
    load().then((module) => ({ default: module[name] as ComponentType<PropsOf<M[K]>> })),
  );
}
