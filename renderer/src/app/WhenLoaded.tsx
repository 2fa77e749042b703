import { useMemo, type ReactNode } from 'react';
import type { LoadableCode } from './preloadable';
import { useCodeLoaded } from './useCodeLoaded';

/**
 * Draws `children` (built with `code`'s Preloadable component) once `code` has loaded, and
 * `fallback` until then. Not a Suspense boundary: React holds content that replaces a Suspense
 * fallback until 300 ms after the fallback showed, so a form whose code came in 50 ms would open
 * at 300 (see useCodeLoaded). A load that fails draws `children` too, whose own load reports it.
 */
export function WhenLoaded({
  code,
  fallback = null,
  children,
}: {
  code: LoadableCode;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const parts = useMemo(() => [code], [code]);
  return useCodeLoaded(parts) ? children : fallback;
}
