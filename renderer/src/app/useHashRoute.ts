import { useCallback, useSyncExternalStore } from 'react';
import { hrefOf, routeFromHash, type RouteKey } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current page, kept in the URL's hash so that reload keeps the place. */
export function useHashRoute(): [RouteKey, (key: RouteKey) => void] {
  const route = useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
  const navigate = useCallback((key: RouteKey) => {
    window.location.hash = hrefOf(key);
  }, []);
  return [route, navigate];
}
