import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Space, Tooltip } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import { peekStep } from '../../db/repositories/undoPeek';
import { isTextEntry } from '../../app/isTextEntry';

// The repository (record schemas, search keys) loads on first use, not with the first screen.
const undo = async () => (await import('../../db/repositories/undoRepository')).undo();
const redo = async () => (await import('../../db/repositories/undoRepository')).redo();

/** 撤销 / 重做 buttons and Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) outside text fields. */
export function HistoryButtons() {
  const { message } = AntApp.useApp();
  const nextUndo = useLiveQuery(() => peekStep('undo'));
  const nextRedo = useLiveQuery(() => peekStep('redo'));

  const run = useCallback(
    async (action: () => Promise<string | null>, none: string) => {
      try {
        message.info((await action()) ?? none);
      } catch (error) {
        message.error(`操作失败：${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [message],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void run(undo, '没有可以撤销的操作');
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void run(redo, '没有可以重做的操作');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return (
    <Space.Compact>
      <Tooltip title={nextUndo ? `撤销：${nextUndo.summary}（Ctrl+Z）` : '没有可以撤销的操作'}>
        <Button
          icon={<UndoOutlined />}
          disabled={!nextUndo}
          onClick={() => void run(undo, '没有可以撤销的操作')}
        >
          撤销
        </Button>
      </Tooltip>
      <Tooltip
        title={nextRedo ? `重做：${nextRedo.summary}（Ctrl+Shift+Z）` : '没有可以重做的操作'}
      >
        <Button
          icon={<RedoOutlined />}
          disabled={!nextRedo}
          onClick={() => void run(redo, '没有可以重做的操作')}
        >
          重做
        </Button>
      </Tooltip>
    </Space.Compact>
  );
}
