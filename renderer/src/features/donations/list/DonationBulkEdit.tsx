import { DONATION_PURPOSES } from '../../../domain/records/enums';
import { BulkEditButton } from '../../records/BulkEditButton';
import type { BulkField } from '../../records/BulkEditDialog';
import type { ListSelection } from '../../records/useListSelection';
import { useRecordOptions } from '../../records/useRecordOptions';

/** 批量修改 of the chosen donations: their 所属专项 or their 用途, as one undoable step. */
export function DonationBulkEdit({ selection }: { selection: ListSelection }) {
  const campaigns = useRecordOptions('campaign');
  const fields: BulkField[] = [
    { field: 'campaignId', label: '所属专项', options: campaigns, clearLabel: '不属于任何专项' },
    {
      field: 'purpose',
      label: '用途',
      options: DONATION_PURPOSES.map((purpose) => ({ value: purpose, label: purpose })),
      clearLabel: '未注明用途',
    },
  ];
  return <BulkEditButton kind="donation" selection={selection} fields={fields} />;
}
