import { ACTIVITY_TYPES } from '../../domain/records/enums';
import { BulkEditButton } from '../records/BulkEditButton';
import type { BulkField } from '../records/BulkEditDialog';
import type { ListSelection } from '../records/useListSelection';
import { useRecordOptions } from '../records/useRecordOptions';

/** 批量修改 of the chosen activities: their 活动类型 or their 所属专项, as one undoable step. */
export function ActivityBulkEdit({ selection }: { selection: ListSelection }) {
  const campaigns = useRecordOptions('campaign');
  const fields: BulkField[] = [
    {
      field: 'type',
      label: '活动类型',
      options: ACTIVITY_TYPES.map((type) => ({ value: type, label: type })),
    },
    { field: 'campaignId', label: '所属专项', options: campaigns, clearLabel: '不属于任何专项' },
  ];
  return <BulkEditButton kind="activity" selection={selection} fields={fields} />;
}
