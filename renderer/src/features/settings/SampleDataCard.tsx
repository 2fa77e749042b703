import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  hasSampleData,
  loadSampleData,
  removeSampleData,
} from '../../db/repositories/sampleDataRepository';
import { rebuildSearchIndex } from '../../db/repositories/searchIndexRepository';
import { OutcomeAlert, type Outcome } from '../../shared/OutcomeAlert';

/** 示例数据 and 搜索索引: actions on the whole data set. */
export function SampleDataCard() {
  const loaded = useLiveQuery(() => hasSampleData());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // Seconds on a large set: what it did stays in the card, since a toast can pass unseen.
  const run = async (action: () => Promise<number>, done: (n: number) => string) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ tone: 'success', text: done(await action()) });
    } catch (error) {
      setOutcome({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="示例数据与索引">
      <Typography.Paragraph type="secondary">
        示例数据取自专委会工作报告中的真实事件（郴州行、圆桌对话会、青竹村、疫情防控捐赠等），报告未点名的委员为虚构，均标记为示例，可一键移除，不会与正式数据混在一起。
      </Typography.Paragraph>
      <Space wrap>
        <Button
          type="primary"
          loading={busy}
          disabled={loaded !== false}
          onClick={() => void run(loadSampleData, (n) => `已载入 ${n} 条示例数据`)}
        >
          载入示例数据
        </Button>
        <Popconfirm
          title="移除全部示例数据？"
          description="只移除标记为示例的记录，正式数据不受影响。"
          okText="移除"
          cancelText="取消"
          onConfirm={() => run(removeSampleData, (n) => `已移除 ${n} 条示例数据`)}
        >
          <Button danger disabled={!loaded || busy}>
            移除示例数据
          </Button>
        </Popconfirm>
        <Button
          disabled={busy}
          onClick={() => void run(rebuildSearchIndex, (n) => `已重建搜索索引（${n} 条记录）`)}
        >
          重建搜索索引
        </Button>
      </Space>
      <OutcomeAlert outcome={outcome} />
    </Card>
  );
}
