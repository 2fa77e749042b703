import { preloadable, type LoadableCode, type Preloadable } from './preloadable';
import type { RouteKey } from './routes';

export type PageKey = Exclude<RouteKey, 'overview'>;

// Each page loads when first opened (or warmed after start-up), so start-up does not parse the
// record schemas, forms and tables it does not show. 总览, the first screen, is drawn by the frame
// itself. Only the loaders live here (a few bytes in the start-up code), so the frame can start a
// page's code the moment the user goes there, together with antd's, not after it.
export const PAGES: Record<PageKey, Preloadable<object>> = {
  members: preloadable(() =>
    import('../features/members/MembersPage').then((m) => ({ default: m.MembersPage })),
  ),
  activities: preloadable(() =>
    import('../features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
  ),
  donations: preloadable(() =>
    import('../features/donations/DonationsPage').then((m) => ({ default: m.DonationsPage })),
  ),
  campaigns: preloadable(() =>
    import('../features/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
  ),
  studios: preloadable(() =>
    import('../features/studios/StudiosPage').then((m) => ({ default: m.StudiosPage })),
  ),
  timeline: preloadable(() =>
    import('../features/timeline/TimelinePage').then((m) => ({ default: m.TimelinePage })),
  ),
  stats: preloadable(() =>
    import('../features/stats/StatsPage').then((m) => ({ default: m.StatsPage })),
  ),
  transfer: preloadable(() =>
    import('../features/transfer/TransferPage').then((m) => ({ default: m.TransferPage })),
  ),
  settings: preloadable(() =>
    import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
  ),
};

export const DOSSIER_PAGE = preloadable<{ memberId: string }>(() =>
  import('../features/dossier/MemberDossierPage').then((m) => ({ default: m.MemberDossierPage })),
);
export const CAMPAIGN_PAGE = preloadable<{ campaignId: string; editing: boolean }>(() =>
  import('../features/campaigns/CampaignPage').then((m) => ({ default: m.CampaignPage })),
);
export const REMINDERS_PAGE = preloadable<object>(() =>
  import('../features/dossier/RemindersPage').then((m) => ({ default: m.RemindersPage })),
);

/** Every page but 总览 is drawn inside it: antd's theme and locale. */
export const THEMED_PAGE = preloadable<{ route: PageKey | null; ready: boolean }>(() =>
  import('./ThemedPage').then((m) => ({ default: m.ThemedPage })),
);

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
 * What the pages load only once they have drawn or when it is opened — the lists' filters, the
 * record forms, the goods board: warmed after every page, so that a list's filters come with its
 * rows and the first 新增 or 编辑 of a session rarely waits for its code either.
 */
export const PART_WARMERS: readonly (() => Promise<unknown>)[] = [
  () => import('../features/records/ListFilterBar'),
  () => import('../features/members/MemberForm'),
  () => import('../features/activities/ActivityForm'),
  () => import('../features/donations/DonationForm'),
  () => import('../features/campaigns/CampaignForm'),
  () => import('../features/studios/StudioForm'),
  () => import('../features/donations/pipeline/GoodsPipelineBoard'),
];

/**
 * The code of the sidebar's pages (and of the pages under them, then of their parts), one loader
 * per piece in the order to fetch and parse them in idle moments after the first screen, so that
 * the first click on 委员 or 统计 does not wait for it. A failure is left to the page's own load,
 * which reports it.
 */
export function pageWarmers(): (() => Promise<unknown>)[] {
  return [
    THEMED_PAGE.load,
    ...WARM_ORDER.map((key) => PAGES[key].load),
    DOSSIER_PAGE.load,
    CAMPAIGN_PAGE.load,
    REMINDERS_PAGE.load,
    ...PART_WARMERS,
  ];
}
