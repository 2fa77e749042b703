import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { ListQuery } from '../../../db/recordPages';
import { SHEET_TEXT } from './sheetExportText';
import { preloadableExport } from '../../../app/preloadable';
import { WhenLoaded } from '../../../app/WhenLoaded';

// The dialog's code comes when an export is chosen, not with every list that shows this button.
const SHEET_EXPORT_DIALOG = preloadableExport(
  () => import('./SheetExportDialog'),
  'SheetExportDialog',
);
const SheetExportDialog = SHEET_EXPORT_DIALOG.Component;

interface Props {
  /** The list as shown: its kind, filters and order. */
  query: ListQuery;
  /** The list's title (委员, 捐赠 …). */
  title: string;
}

/** 导出 ▾ on a list: Excel 台账 or CSV of the records the list's filters hold, in its order. */
export function SheetExportButton({ query, title }: Props) {
  const [format, setFormat] = useState<'xlsx' | 'csv' | null>(null);
  const filtered = Object.keys(query.filters).length > 0;
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'xlsx', label: SHEET_TEXT.excel },
            { key: 'csv', label: SHEET_TEXT.csv },
          ],
          onClick: ({ key }) => setFormat(key as 'xlsx' | 'csv'),
        }}
      >
        <Button icon={<ExportOutlined />}>
          {SHEET_TEXT.button} <DownOutlined />
        </Button>
      </Dropdown>
      {format ? (
        <WhenLoaded code={SHEET_EXPORT_DIALOG}>
          <SheetExportDialog
            lists={[query]}
            format={format}
            scope={`“${title}”列表${filtered ? '（按当前筛选）' : ''}`}
            fileStem={filtered ? `${title}-筛选` : title}
            onClose={() => setFormat(null)}
          />
        </WhenLoaded>
      ) : null}
    </>
  );
}
