import { lazy, type ComponentType } from 'react';
import {
  loadDossier,
  loadReminders,
  PAGE_LOADERS,
  type PageKey,
  type PageModule,
} from './pageLoaders';

function lazyPages<K extends string>(
  loaders: Record<K, () => PageModule>,
): Record<K, ComponentType> {
  const pages = {} as Record<K, ComponentType>;
  for (const key in loaders) pages[key] = lazy(loaders[key]);
  return pages;
}

export const PAGES = lazyPages(PAGE_LOADERS);

/** The sidebar's pages in the order they are warmed after start-up: the ones opened most first. */
const WARM_ORDER: readonly PageKey[] = [
  'members',
  'activities',
  'donations',
  'timeline',
  'stats',
  'campaigns',
  'studios',
  'transfer',
  'settings',
];

/**
 * The code of the sidebar's pages (and of the pages under them), one loader per page in the
 * order to fetch and parse them once the first screen is idle, so that the first click on 委员
 * or 统计 does not wait for it. A failure is left to the page's own load, which reports it.
 */
export function pageWarmers(): (() => Promise<unknown>)[] {
  return [...WARM_ORDER.map((key) => PAGE_LOADERS[key]), loadDossier, loadReminders];
}
