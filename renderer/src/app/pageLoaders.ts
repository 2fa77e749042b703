import { preloadableExport, type LoadableCode, type Preloadable } from './preloadable';
import {
  ACTIVITY_FORM,
  CAMPAIGN_FORM,
  DONATION_FORM,
  GOODS_PIPELINE_BOARD,
  LIST_FILTER_BAR,
  MEMBER_FORM,
  STUDIO_FORM,
} from './partLoaders';
import type { RouteKey } from './routes';

export type PageKey = Exclude<RouteKey, 'overview'>;

// Each page loads when first opened (or warmed after start-up), so start-up does not parse the
// record schemas, forms and tables it does not show. 总览, the first screen, is drawn by the frame
// itself. Only the loaders live here (a few bytes in the start-up code), so the frame can start a
// page's code the moment the user goes there, together with antd's, not after it.
export const PAGES: Record<PageKey, Preloadable<object>> = {
  members: preloadableExport(() => import('../features/members/MembersPage'), 'MembersPage'),
  activities: preloadableExport(
    () => import('../features/activities/ActivitiesPage'),
    'ActivitiesPage',
  ),
  donations: preloadableExport(
    () => import('../features/donations/DonationsPage'),
    'DonationsPage',
  ),
  campaigns: preloadableExport(
    () => import('../features/campaigns/CampaignsPage'),
    'CampaignsPage',
  ),
  studios: preloadableExport(() => import('../features/studios/StudiosPage'), 'StudiosPage'),
  timeline: preloadableExport(() => import('../features/timeline/TimelinePage'), 'TimelinePage'),
  stats: preloadableExport(() => import('../features/stats/StatsPage'), 'StatsPage'),
  transfer: preloadableExport(() => import('../features/transfer/TransferPage'), 'TransferPage'),
  settings: preloadableExport(() => import('../features/settings/SettingsPage'), 'SettingsPage'),
};

export const DOSSIER_PAGE = preloadableExport(
  () => import('../features/dossier/MemberDossierPage'),
  'MemberDossierPage',
);
export const CAMPAIGN_PAGE = preloadableExport(
  () => import('../features/campaigns/CampaignPage'),
  'CampaignPage',
);
export const REMINDERS_PAGE = preloadableExport(
  () => import('../features/dossier/RemindersPage'),
  'RemindersPage',
);

/** Every page but 总览 is drawn inside it: antd's theme and locale. */
export const THEMED_PAGE = preloadableExport(() => import('./ThemedPage'), 'ThemedPage');

/** Whether `#/campaigns/<id>/<mode>` is a 专项's own page: its `view`, or its form over it. */
export function isCampaignPage(sub: readonly string[]): boolean {
  const [first, second] = sub;
  return Boolean(first) && first !== 'new' && (second === 'view' || second === 'edit');
}

/**
 * The code of the page a hash shows: `#/members/<id>/dossier` is a member's 档案,
 * `#/members/reminders` the 履职提醒, `#/campaigns/<id>/view` a 专项's page, anything else its
 * sidebar page (or that page's forms).
 */
export function pageCodeFor(route: PageKey, sub: readonly string[]): LoadableCode {
  const [first, second] = sub;
  if (route === 'members') {
    if (first === 'reminders') return REMINDERS_PAGE;
    if (first && second === 'dossier') return DOSSIER_PAGE;
  }
  if (route === 'campaigns' && isCampaignPage(sub)) return CAMPAIGN_PAGE;
  return PAGES[route];
}

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
 * What the pages load only once they have drawn or when it is opened (partLoaders.ts): warmed
 * after every page, so that a list's filters come with its rows and the first 新增 or 编辑 of a
 * session rarely waits for its code either.
 */
export const PART_WARMERS: readonly (() => Promise<unknown>)[] = [
  LIST_FILTER_BAR,
  MEMBER_FORM,
  ACTIVITY_FORM,
  DONATION_FORM,
  CAMPAIGN_FORM,
  STUDIO_FORM,
  GOODS_PIPELINE_BOARD,
].map((part) => part.load);

/**
 * The code of the sidebar's pages (and of the pages under them, then of their parts), one loader
 * per piece in the order to fetch and parse them in idle moments after the first screen, so that
 * the first click on 委员 or 统计 does not wait for it. A failure is left to the page's own load,
 * which reports it.
 */
export function pageWarmers(themeLoaded: () => void = () => undefined): (() => Promise<unknown>)[] {
  return [
    () => THEMED_PAGE.load().then(themeLoaded),
    ...WARM_ORDER.map((key) => PAGES[key].load),
    DOSSIER_PAGE.load,
    CAMPAIGN_PAGE.load,
    REMINDERS_PAGE.load,
    ...PART_WARMERS,
  ];
}
