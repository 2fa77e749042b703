import { lazy, type ComponentType } from 'react';
import type { RouteKey } from './routes';

// Each page loads when first opened, so start-up does not parse the record schemas, forms and
// tables it does not show. 总览, the first screen, is drawn by the frame itself.
export const PAGES: Record<Exclude<RouteKey, 'overview'>, ComponentType> = {
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
