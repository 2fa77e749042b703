import { preloadableExport } from './preloadable';

// What the pages load only once they have drawn or when it is opened — a list's filters, the
// record forms, the goods board. Declared once, here, so that the warm-up after start-up
// (pageLoaders' PART_WARMERS) loads the very code the pages draw: the first 新增 or 编辑 of a
// session is then drawn in the frame of its click, not one frame later.

export const LIST_FILTER_BAR = preloadableExport(
  () => import('../features/records/ListFilterBar'),
  'ListFilterBar',
);
export const MEMBER_FORM = preloadableExport(
  () => import('../features/members/MemberForm'),
  'MemberForm',
);
export const ACTIVITY_FORM = preloadableExport(
  () => import('../features/activities/ActivityForm'),
  'ActivityForm',
);
export const DONATION_FORM = preloadableExport(
  () => import('../features/donations/DonationForm'),
  'DonationForm',
);
export const CAMPAIGN_FORM = preloadableExport(
  () => import('../features/campaigns/CampaignForm'),
  'CampaignForm',
);
export const STUDIO_FORM = preloadableExport(
  () => import('../features/studios/StudioForm'),
  'StudioForm',
);
export const GOODS_PIPELINE_BOARD = preloadableExport(
  () => import('../features/donations/pipeline/GoodsPipelineBoard'),
  'GoodsPipelineBoard',
);
