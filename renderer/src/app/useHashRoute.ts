import { useCallback, useSyncExternalStore } from 'react';
import {
  hrefOf,
  hrefWithQuery,
  queryFromHash,
  routeFromHash,
  subPathFromHash,
  type RouteKey,
} from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/**
 * The current page, its sub-path and its query (a list's filters), kept in the URL's hash so that
 * reload, back and forward keep the place. Each change is a history entry.
 */
export function useHashRoute(): {
  route: RouteKey;
  sub: string[];
  query: Record<string, string>;
  /** To a page (or a record in it), without the current page's query. */
  navigate: (key: RouteKey, ...sub: string[]) => void;
  /** Within the current page: another sub-path, the query (filters) kept. */
  moveWithin: (...sub: string[]) => void;
  /** The current page and sub-path with a new query. */
  setQuery: (query: Readonly<Record<string, string>>) => void;
} {
  const hash = useSyncExternalStore(subscribe, readHash);
  const navigate = useCallback((key: RouteKey, ...sub: string[]) => {
    window.location.hash = hrefOf(key, ...sub);
  }, []);
  const moveWithin = useCallback((...sub: string[]) => {
    const now = window.location.hash;
    window.location.hash = hrefWithQuery(routeFromHash(now), sub, queryFromHash(now));
  }, []);
  const setQuery = useCallback((query: Readonly<Record<string, string>>) => {
    const now = window.location.hash;
    window.location.hash = hrefWithQuery(routeFromHash(now), subPathFromHash(now), query);
  }, []);
  return {
    route: routeFromHash(hash),
    sub: subPathFromHash(hash),
    query: queryFromHash(hash),
    navigate,
    moveWithin,
    setQuery,
  };
}
