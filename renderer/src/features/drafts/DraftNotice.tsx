import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { draftRecordMovedOn, listDrafts } from '../../db/repositories/draftRepository';
import { useHashRoute } from '../../app/useHashRoute';
import type { RouteKey } from '../../app/routes';
import type { RecordKind } from '../../domain/records';

/** Where each kind's form lives, to reopen its draft; every kind must say (the type checks it). */
export const FORM_ROUTES: Record<RecordKind, RouteKey> = {
  member: 'members',
  studio: 'studios',
  activity: 'activities',
  donation: 'donations',
  campaign: 'campaigns',
};

/**
 * 草稿箱: drafts left open when the app last closed (a crash, a forced quit) are offered back at
 * start-up. Only those that existed at start are offered, not ones being typed now; one taken up
 * with 继续填写 leaves the list, the others stay until taken up or the notice is closed.
 */
export function DraftNotice() {
  const [startedAt] = useState(() => new Date().toISOString());
  const [dismissed, setDismissed] = useState(false);
  const [resumed, setResumed] = useState<ReadonlySet<string>>(() => new Set());
  const { navigate } = useHashRoute();
  const leftOpen = useLiveQuery(async () => {
    const drafts = (await listDrafts()).filter((d) => d.updatedAt < startedAt);
    const moved = await Promise.all(drafts.map(draftRecordMovedOn));
    return drafts.map((draft, i) => ({ ...draft, movedOn: moved[i] }));
  }, [startedAt]);
  const drafts = leftOpen?.filter((d) => !resumed.has(d.key));
  if (dismissed || !drafts || drafts.length === 0) return null;
  return (
    <div className="notice warning" role="alert">
      <div className="notice-body">
        <strong>草稿箱：有 {drafts.length} 份上次未保存的表单</strong>
        <ul>
          {drafts.map((draft) => (
            <li key={draft.key}>
              <span>
                {draft.title}（{formatSavedAt(draft.updatedAt)}）
                {draft.movedOn ? (
                  <span className="notice-moved">此记录此后已在别处修改，继续填写时可查看差异</span>
                ) : null}
              </span>
              <button
                type="button"
                className="plain-button primary small"
                onClick={() => {
                  const route = (FORM_ROUTES as Record<string, RouteKey | undefined>)[draft.form];
                  // A record's edit form is at …/id/edit (…/id alone only selects it in the list).
                  if (route && draft.recordId) navigate(route, draft.recordId, 'edit');
                  else if (route) navigate(route, 'new');
                  setResumed((keys) => new Set(keys).add(draft.key));
                }}
              >
                继续填写
              </button>
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="notice-close"
        aria-label="关闭"
        onClick={() => setDismissed(true)}
      >
        ×
      </button>
    </div>
  );
}

/** 2026年11月28日 11:32, as the rest of the app writes dates. */
export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${time}`;
}
