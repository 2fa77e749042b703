import { lazy, type ComponentType } from 'react';
import { OverviewPage } from '../features/overview/OverviewPage';
import type { RouteKey } from './routes';

// The first screen comes with the app; every other page loads when first opened, so start-up
// does not parse the record schemas, forms and tables it does not show.
export const PAGES: Record<RouteKey, ComponentType> = {
  overview: OverviewPage,
  members: lazy(() =>
    import('../features/members/MembersPage').then((m) => ({ default: m.MembersPage })),
  ),
  activities: lazy(() =>
    import('../features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
  ),
  donations: lazy(() =>
    import('../features/donations/DonationsPage').then((m) => ({ default: m.DonationsPage })),
  ),
  campaigns: lazy(() =>
    import('../features/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
  ),
  studios: lazy(() =>
    import('../features/studios/StudiosPage').then((m) => ({ default: m.StudiosPage })),
  ),
  timeline: lazy(() =>
    import('../features/timeline/TimelinePage').then((m) => ({ default: m.TimelinePage })),
  ),
  stats: lazy(() => import('../features/stats/StatsPage').then((m) => ({ default: m.StatsPage }))),
  transfer: lazy(() =>
    import('../features/transfer/TransferPage').then((m) => ({ default: m.TransferPage })),
  ),
  settings: lazy(() =>
    import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
  ),
};
