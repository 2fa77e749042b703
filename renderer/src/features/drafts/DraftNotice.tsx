import { Alert, Button, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listDrafts } from '../../db/repositories/draftRepository';
import { useHashRoute } from '../../app/useHashRoute';
import type { RouteKey } from '../../app/routes';

/** Where each form lives, to reopen its draft. */
const FORM_ROUTES: Record<string, RouteKey> = { member: 'members' };

/**
 * 草稿箱: drafts left open when the app last closed (a crash, a forced quit) are offered back at
 * start-up. Only those that existed at start are offered, not ones being typed now.
 */
export function DraftNotice() {
  const [startedAt] = useState(() => new Date().toISOString());
  const [dismissed, setDismissed] = useState(false);
  const { navigate } = useHashRoute();
  const drafts = useLiveQuery(
    async () => (await listDrafts()).filter((d) => d.updatedAt < startedAt),
    [startedAt],
  );
  if (dismissed || !drafts || drafts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      closable
      onClose={() => setDismissed(true)}
      style={{ marginBottom: 16 }}
      message={`草稿箱：有 ${drafts.length} 份上次未保存的表单`}
      description={
        <Space orientation="vertical">
          {drafts.map((draft) => (
            <Space key={draft.key}>
              <span>
                {draft.title}（{new Date(draft.updatedAt).toLocaleString('zh-CN')}）
              </span>
              <Button
                size="small"
                type="primary"
                onClick={() => {
                  const route = FORM_ROUTES[draft.form];
                  // A record's edit form is at …/id/edit (…/id alone only selects it in the list).
                  if (route && draft.recordId) navigate(route, draft.recordId, 'edit');
                  else if (route) navigate(route, 'new');
                  setDismissed(true);
                }}
              >
                继续填写
              </Button>
            </Space>
          ))}
        </Space>
      }
    />
  );
}
