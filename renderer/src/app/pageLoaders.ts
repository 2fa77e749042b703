import type { ComponentType } from 'react';
import type { RouteKey } from './routes';

export type PageKey = Exclude<RouteKey, 'overview'>;
export type PageModule = Promise<{ default: ComponentType }>;

// Each page loads when first opened, so start-up does not parse the record schemas, forms and
// tables it does not show. 总览, the first screen, is drawn by the frame itself. Only the loaders
// live here (a few bytes in the start-up code), so the frame can start a page's code the moment
// the user goes there, together with antd's, not after it.
export const PAGE_LOADERS: Record<PageKey, () => PageModule> = {
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

export const loadDossier = (): Promise<{ default: ComponentType<{ memberId: string }> }> =>
  import('../features/dossier/MemberDossierPage').then((m) => ({ default: m.MemberDossierPage }));
export const loadReminders = (): PageModule =>
  import('../features/dossier/RemindersPage').then((m) => ({ default: m.RemindersPage }));

/**
 * The loader of the page a hash shows: `#/members/<id>/dossier` is a member's 档案,
 * `#/members/reminders` the 履职提醒, anything else its sidebar page (or that page's forms).
 */
export function loaderFor(route: PageKey, sub: readonly string[]): () => Promise<unknown> {
  if (route === 'members') {
    const [first, second] = sub;
    if (first === 'reminders') return loadReminders;
    if (first && second === 'dossier') return loadDossier;
  }
  return PAGE_LOADERS[route];
}
