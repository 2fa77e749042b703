import type { ComponentType } from 'react';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { CampaignsPage } from '../features/campaigns/CampaignsPage';
import { DonationsPage } from '../features/donations/DonationsPage';
import { MembersPage } from '../features/members/MembersPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StatsPage } from '../features/stats/StatsPage';
import { StudiosPage } from '../features/studios/StudiosPage';
import { TimelinePage } from '../features/timeline/TimelinePage';
import { TransferPage } from '../features/transfer/TransferPage';
import type { RouteKey } from './routes';

export const PAGES: Record<RouteKey, ComponentType> = {
  overview: OverviewPage,
  members: MembersPage,
  activities: ActivitiesPage,
  donations: DonationsPage,
  campaigns: CampaignsPage,
  studios: StudiosPage,
  timeline: TimelinePage,
  stats: StatsPage,
  transfer: TransferPage,
  settings: SettingsPage,
};
