import type { ReactElement } from 'react';
import { CAMPAIGN_PAGE, DOSSIER_PAGE, isCampaignPage, REMINDERS_PAGE } from './pageLoaders';
import type { RouteKey } from './routes';

const MemberDossierPage = DOSSIER_PAGE.Component;
const RemindersPage = REMINDERS_PAGE.Component;
const CampaignPage = CAMPAIGN_PAGE.Component;

/**
 * Pages that live under another page's sidebar entry, by their hash:
 * `#/members/<id>/dossier` is a member's 档案, `#/members/reminders` the 履职提醒,
 * `#/campaigns/<id>/view` a 专项's page (`…/edit`: with its form over it).
 * Null when the hash is the page itself (or its own forms).
 */
export function subPageFor(route: RouteKey, sub: readonly string[]): ReactElement | null {
  const [first, second] = sub;
  if (route === 'campaigns' && first && isCampaignPage(sub)) {
    return <CampaignPage key={first} campaignId={first} editing={second === 'edit'} />;
  }
  if (route !== 'members') return null;
  if (first === 'reminders') return <RemindersPage />;
  if (first && second === 'dossier') return <MemberDossierPage key={first} memberId={first} />;
  return null;
}
