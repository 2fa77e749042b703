import { askForOperator } from '../operator/operatorGate';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import { isTextEntry } from '../../app/isTextEntry';
import { showToast } from '../../app/toasts';
import { peekStep } from '../../db/repositories/undoPeek';

// The repository (record schemas, search keys) loads on first use, not with the first screen.
const undo = async () => (await import('../../db/repositories/undoRepository')).undo();
const redo = async () => (await import('../../db/repositories/undoRepository')).redo();

async function run(action: () => Promise<string | null>, none: string): Promise<void> {
  // An undo is a write like any other: the 操作记录 names who did it.
  if (!(await askForOperator())) return;
  try {
    showToast((await action()) ?? none);
  } catch (error) {
    // A refused step says itself why (the record changed since); anything else is a failure.
    const refused = error instanceof Error && error.name === 'UndoRefusedError';
    const text = error instanceof Error ? error.message : String(error);
    showToast(refused ? text : `操作失败：${text}`, 'error');
  }
}

/**
 * A curved arrow, drawn rather than typed: ↶ and ↷ are not in the CJK fonts, and finding them in
 * another font (DejaVu on Linux) held the first page opened after start-up 10–50 ms.
 */
function HistoryArrow({ forward }: { forward: boolean }) {
  return (
    <svg
      aria-hidden="true"
      className={forward ? 'history-arrow forward' : 'history-arrow'}
      width="14"
      height="14"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M5 2.5 1.5 6 5 9.5" />
      <path d="M2 6h7.5a4.5 4.5 0 0 1 0 9H7" />
    </svg>
  );
}

/**
 * 撤销 / 重做 buttons and Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) outside text fields. Plain buttons: they
 * sit in the header from the first screen on.
 */
export function HistoryButtons() {
  const nextUndo = useLiveQuery(() => peekStep('undo'));
  const nextRedo = useLiveQuery(() => peekStep('redo'));

  const onKey = useCallback((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
    // Not behind an open form or dialog: undoing the record it edits would make its save fail.
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      void run(undo, '没有可以撤销的操作');
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      void run(redo, '没有可以重做的操作');
    }
  }, []);

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  return (
    <div className="button-group">
      <button
        type="button"
        className="plain-button"
        disabled={!nextUndo}
        title={nextUndo ? `撤销：${nextUndo.summary}（Ctrl+Z）` : '没有可以撤销的操作'}
        onClick={() => void run(undo, '没有可以撤销的操作')}
      >
        <HistoryArrow forward={false} />
        撤销
      </button>
      <button
        type="button"
        className="plain-button"
        disabled={!nextRedo}
        title={nextRedo ? `重做：${nextRedo.summary}（Ctrl+Shift+Z）` : '没有可以重做的操作'}
        onClick={() => void run(redo, '没有可以重做的操作')}
      >
        <HistoryArrow forward />
        重做
      </button>
    </div>
  );
}
