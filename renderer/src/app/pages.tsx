import { lazy, type ComponentType } from 'react';
import type { RouteKey } from './routes';
import { SUB_PAGE_LOADERS } from './subPages';

type PageKey = Exclude<RouteKey, 'overview'>;
type PageModule = Promise<{ default: ComponentType }>;

// Each page loads when first opened, so start-up does not parse the record schemas, forms and
// tables it does not show. 总览, the first screen, is drawn by the frame itself.
const LOADERS: Record<PageKey, () => PageModule> = {
  members: () =>
    import('../features/members/MembersPage').then((m) => ({ default: m.MembersPage })),
  activities: () =>
    import('../features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
  donations: () =>
    import('../features/donations/DonationsPage').then((m) => ({ default: m.DonationsPage })),
  campaigns: () =>
    import('../features/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
  studios: () =>
    import('../features/studios/StudiosPage').then((m) => ({ default: m.StudiosPage })),
  timeline: () =>
    import('../features/timeline/TimelinePage').then((m) => ({ default: m.TimelinePage })),
  stats: () => import('../features/stats/StatsPage').then((m) => ({ default: m.StatsPage })),
  transfer: () =>
    import('../features/transfer/TransferPage').then((m) => ({ default: m.TransferPage })),
  settings: () =>
    import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
};

function lazyPages<K extends string>(
  loaders: Record<K, () => PageModule>,
): Record<K, ComponentType> {
  const pages = {} as Record<K, ComponentType>;
  for (const key in loaders) pages[key] = lazy(loaders[key]);
  return pages;
}

export const PAGES = lazyPages(LOADERS);

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
  return [...WARM_ORDER.map((key) => LOADERS[key]), ...SUB_PAGE_LOADERS];
}
