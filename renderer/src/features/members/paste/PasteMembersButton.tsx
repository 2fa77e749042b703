import { SnippetsOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Suspense, useState } from 'react';
import { preloadableExport } from '../../../app/preloadable';

// The dialog's code (column matching, 繁简 tables) loads when the pointer or focus reaches the
// button, not with the 委员 list.
const PasteMembersDialog = preloadableExport(
  () => import('./PasteMembersDialog'),
  'PasteMembersDialog',
);
const prepare = () => void PasteMembersDialog.load().catch(() => undefined);

/** 粘贴导入: opens the dialog that adds members from rows copied out of a spreadsheet. */
export function PasteMembersButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<SnippetsOutlined />}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => setOpen(true)}
      >
        粘贴导入
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <PasteMembersDialog.Component onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
