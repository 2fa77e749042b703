import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import type { RecordKind } from '../../domain/records';
import { BulkEditDialog, type BulkField } from './BulkEditDialog';
import type { ListSelection } from './useListSelection';

/**
 * The 批量修改 button of a list's selection bar: it opens the {@link BulkEditDialog} for the
 * chosen records of `kind`, and clears the selection once the change is saved.
 */
export function BulkEditButton(props: {
  kind: RecordKind;
  selection: ListSelection;
  fields: readonly BulkField[];
}) {
  const { kind, selection, fields } = props;
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)}>
        批量修改
      </Button>
      {open ? (
        <BulkEditDialog
          kind={kind}
          records={selection.records}
          fields={fields}
          onDone={selection.clear}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
