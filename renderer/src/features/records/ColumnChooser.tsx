import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover } from 'antd';
import { memo } from 'react';

interface Props {
  /** Every column that can be shown: key and title. */
  columns: readonly { key: string; title: string }[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}

/** 列: which columns a list shows, one checkbox per column. Memoized, as the filter bar. */
export const ColumnChooser = memo(function ColumnChooser({ columns, hidden, onChange }: Props) {
  const shown = columns.filter((column) => !hidden.includes(column.key)).map((c) => c.key);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      content={
        <Checkbox.Group
          aria-label="显示的列"
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          value={shown}
          options={columns.map((column) => ({ value: column.key, label: column.title }))}
          onChange={(checked) =>
            onChange(columns.map((c) => c.key).filter((key) => !checked.includes(key)))
          }
        />
      }
    >
      <Button icon={<SettingOutlined />}>列</Button>
    </Popover>
  );
});
