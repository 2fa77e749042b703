import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { ACTIVITY_TYPES } from '../../domain/records/enums';
import { BulkEditDialog, type BulkField } from '../records/BulkEditDialog';
import type { ListSelection } from '../records/useListSelection';
import { useRecordOptions } from '../records/useRecordOptions';

/** 批量修改 of the chosen activities: their 活动类型 or their 所属专项, as one undoable step. */
export function ActivityBulkEdit({ selection }: { selection: ListSelection }) {
  const [open, setOpen] = useState(false);
  const campaigns = useRecordOptions('campaign');
  const fields: BulkField[] = [
    {
      field: 'type',
      label: '活动类型',
      options: ACTIVITY_TYPES.map((type) => ({ value: type, label: type })),
    },
    { field: 'campaignId', label: '所属专项', options: campaigns, clearLabel: '不属于任何专项' },
  ];
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)}>
        批量修改
      </Button>
      {open ? (
        <BulkEditDialog
          kind="activity"
          records={selection.records}
          fields={fields}
          onDone={selection.clear}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
