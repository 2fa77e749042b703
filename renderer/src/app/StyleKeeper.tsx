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
import { memo } from 'react';
import { ThemeProvider } from './ThemeProvider';

/**
 * The antd parts of the lists, the 档案 and the 时间轴, drawn once where nobody sees them and kept.
 * antd makes each part's styles when the part is first drawn and forgets them when the last one
 * goes (every time the user goes back to 总览, which has no antd): kept here, they are made once,
 * while 总览 is idle, and opening a page finds them ready. Memoized: the frame re-renders at every
 * page change, and these parts need drawing only once.
 */
export const StyleKeeper = memo(function StyleKeeper() {
  return (
    <div hidden aria-hidden="true">
      <ThemeProvider>
        <Space wrap>
          <Button>.</Button>
          <Button type="primary">.</Button>
          <Button type="link" size="small" danger>
            .
          </Button>
          <Checkbox />
          <Select options={[]} />
          <Tag color="gold">.</Tag>
          <Tag color="red">.</Tag>
          <Typography.Text type="secondary">.</Typography.Text>
          <Typography.Paragraph>.</Typography.Paragraph>
          <Popover content=".">
            <span>.</span>
          </Popover>
          <Empty />
          <Spin spinning={false} />
          <Card title=".">
            <Descriptions size="small" items={[{ key: '.', label: '.', children: '.' }]} />
          </Card>
          <Table
            size="small"
            rowKey="k"
            columns={[{ title: '.', dataIndex: 'k' }]}
            dataSource={[{ k: '.' }]}
            pagination={{ total: 100, pageSize: 50, showSizeChanger: false }}
          />
        </Space>
      </ThemeProvider>
    </div>
  );
});
