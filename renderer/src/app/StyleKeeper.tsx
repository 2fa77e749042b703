import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Popover,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { memo, useEffect, useState, type ReactElement } from 'react';
import { ThemeProvider } from './ThemeProvider';

/** The parts whose styles are kept, one made per idle moment: the table, the heaviest, last. */
const PARTS: readonly ReactElement[] = [
  <Space key="buttons" wrap>
    <Button>.</Button>
    <Button type="primary">.</Button>
    <Button type="link" size="small" danger>
      .
    </Button>
  </Space>,
  <Checkbox key="checkbox" />,
  <Select key="select" options={[]} />,
  <>
    <Tag color="gold">.</Tag>
    <Tag color="red">.</Tag>
    <Typography.Text type="secondary">.</Typography.Text>
    <Typography.Paragraph>.</Typography.Paragraph>
  </>,
  <Popover key="popover" content=".">
    <span>.</span>
  </Popover>,
  <>
    <Empty />
    <Spin spinning={false} />
  </>,
  <Card key="card" title=".">
    <Descriptions size="small" items={[{ key: '.', label: '.', children: '.' }]} />
  </Card>,
  <Table
    key="table"
    size="small"
    rowKey="k"
    columns={[{ title: '.', dataIndex: 'k' }]}
    dataSource={[{ k: '.' }]}
    pagination={{ total: 100, pageSize: 50, showSizeChanger: false }}
  />,
];

/**
 * The antd parts of the lists, the 档案 and the 时间轴, drawn once where nobody sees them and kept.
 * antd makes each part's styles when the part is first drawn and forgets them when the last one
 * goes (every time the user goes back to 总览, which has no antd): kept here, they are made once,
 * while 总览 is idle, a part per idle moment so that none holds the page long, and opening a
 * page finds them ready. Memoized: the frame re-renders at every page change, and these parts
 * need drawing only once.
 */
export const StyleKeeper = memo(function StyleKeeper() {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= PARTS.length) return;
    const idle = requestIdleCallback(() => setShown((n) => n + 1), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, [shown]);
  return (
    <div hidden aria-hidden="true">
      <ThemeProvider>
        {PARTS.slice(0, shown).map((part, i) => (
          <div key={i}>{part}</div>
        ))}
      </ThemeProvider>
    </div>
  );
});
