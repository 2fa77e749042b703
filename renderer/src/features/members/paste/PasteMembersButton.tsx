import { SnippetsOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { PasteMembersDialog } from './PasteMembersDialog';

/** 粘贴导入: opens the dialog that adds members from rows copied out of a spreadsheet. */
export function PasteMembersButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<SnippetsOutlined />} onClick={() => setOpen(true)}>
        粘贴导入
      </Button>
      {open ? <PasteMembersDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
