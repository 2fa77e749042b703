import { MergeCellsOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { Member } from '../../../domain/records';
import type { ListSelection } from '../../records/useListSelection';
import { preloadableExport } from '../../../app/preloadable';
import { WhenLoaded } from '../../../app/WhenLoaded';

// The dialog's code (and the merge's) comes when 合并 is chosen, not with the 委员 list.
const MERGE_MEMBERS_DIALOG = preloadableExport(
  () => import('./MergeMembersDialog'),
  'MergeMembersDialog',
);
const MergeMembersDialog = MERGE_MEMBERS_DIALOG.Component;

/** 合并委员 for the two members chosen in the list (a duplicate and the one kept). */
export function MergeMembersButton({ selection }: { selection: ListSelection }) {
  const [open, setOpen] = useState(false);
  const two = selection.records.length === 2;
  const button = (
    <Button icon={<MergeCellsOutlined />} disabled={!two} onClick={() => setOpen(true)}>
      合并委员
    </Button>
  );
  return (
    <>
      {two ? button : <Tooltip title="选择两位委员才能合并">{button}</Tooltip>}
      {open && two ? (
        <WhenLoaded code={MERGE_MEMBERS_DIALOG}>
          <MergeMembersDialog
            members={selection.records as unknown as [Member, Member]}
            onDone={selection.clear}
            onClose={() => setOpen(false)}
          />
        </WhenLoaded>
      ) : null}
    </>
  );
}
