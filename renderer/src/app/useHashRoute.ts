import { useCallback, useSyncExternalStore } from 'react';
import { hrefOf, routeFromHash, subPathFromHash, type RouteKey } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** The current page and its sub-path, kept in the URL's hash so that reload keeps the place. */
export function useHashRoute(): {
  route: RouteKey;
  sub: string[];
  navigate: (key: RouteKey, ...sub: string[]) => void;
} {
  const hash = useSyncExternalStore(subscribe, readHash);
  const navigate = useCallback((key: RouteKey, ...sub: string[]) => {
    window.location.hash = hrefOf(key, ...sub);
  }, []);
  return { route: routeFromHash(hash), sub: subPathFromHash(hash), navigate };
}
