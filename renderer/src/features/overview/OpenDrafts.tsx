import { useLiveQuery } from 'dexie-react-hooks';
import { hrefOf, type RouteKey } from '../../app/routes';
import { useAfterFirstScreen } from '../../app/useAfterFirstScreen';
import { listDrafts } from '../../db/repositories/draftRepository';
import type { Draft } from '../../db/DutyLedgerDb';
import { FORM_ROUTES, formatSavedAt } from '../drafts/DraftNotice';

/** Where a draft's form opens again: the record's edit form, or a new one. */
function draftHref(draft: Draft): string | undefined {
  const route = (FORM_ROUTES as Record<string, RouteKey | undefined>)[draft.form];
  if (!route) return undefined;
  return draft.recordId ? hrefOf(route, draft.recordId, 'edit') : hrefOf(route, 'new');
}

/** 总览's 草稿箱: the forms typed into and not yet saved, newest first, each to be taken up again. */
export function OpenDrafts() {
  const ready = useAfterFirstScreen();
  const drafts = useLiveQuery(async () => (ready ? listDrafts() : undefined), [ready]);
  if (!drafts || drafts.length === 0) return null;
  return (
    <section className="overview-card" aria-labelledby="overview-drafts-title">
      <h2 id="overview-drafts-title">草稿箱（{drafts.length} 份未保存）</h2>
      <ul className="overview-todos">
        {drafts.map((draft) => {
          const href = draftHref(draft);
          return (
            <li key={draft.key}>
              <span>
                {draft.title}
                <small>（{formatSavedAt(draft.updatedAt)}）</small>
              </span>
              {href ? (
                <a href={href} aria-label={`继续填写 ${draft.title}`}>
                  继续填写
                </a>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
