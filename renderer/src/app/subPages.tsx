import type { ReactElement } from 'react';
import { DOSSIER_PAGE, REMINDERS_PAGE } from './pageLoaders';
import type { RouteKey } from './routes';

const MemberDossierPage = DOSSIER_PAGE.Component;
const RemindersPage = REMINDERS_PAGE.Component;

/**
 * Pages that live under another page's sidebar entry, by their hash:
 * `#/members/<id>/dossier` is a member's 档案, `#/members/reminders` the 履职提醒.
 * Null when the hash is the page itself (or its own forms).
 */
export function subPageFor(route: RouteKey, sub: readonly string[]): ReactElement | null {
  if (route !== 'members') return null;
  const [first, second] = sub;
  if (first === 'reminders') return <RemindersPage />;
  if (first && second === 'dossier') return <MemberDossierPage key={first} memberId={first} />;
  return null;
}
