import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { defaultOrder } from '../../../db/recordPages';
import { RECORD_KINDS } from '../../../domain/records';
import { SheetExportDialog } from './SheetExportDialog';
import { SHEET_TEXT } from './sheetExportText';

const EVERY_LIST = RECORD_KINDS.map((kind) => ({ kind, order: defaultOrder(kind), filters: {} }));

/** 导入导出 → Excel 台账: every record as one workbook, a sheet per record type. */
export function SheetExportSection() {
  const [open, setOpen] = useState(false);
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{SHEET_TEXT.sectionTitle}</h2>}>
      <Typography.Paragraph>{SHEET_TEXT.sectionText}</Typography.Paragraph>
      <Button type="primary" onClick={() => setOpen(true)}>
        {SHEET_TEXT.exportAll}
      </Button>
      {open ? (
        <SheetExportDialog
          lists={EVERY_LIST}
          format="xlsx"
          scope="全部记录"
          fileStem="履职台账"
          onClose={() => setOpen(false)}
        />
      ) : null}
    </Card>
  );
}
