import { App as AntApp } from 'antd';
import { useEffect } from 'react';
import { useStoreValue } from '../shared/valueStore';
import { installCloseCheck } from './closeCheck';
import { pendingClose, pendingLeave } from './leaveGuards';
import { leaveAnyway } from './useHashRoute';

/**
 * Asks before another page, or closing the window, drops work not saved yet (leaveGuards).
 * 留在这一页, the default, keeps it; 不保存，离开 (or 关闭) goes on. Mount once where the pages are.
 */
export function LeaveConfirm() {
  const request = useStoreValue(pendingLeave);
  const closing = useStoreValue(pendingClose);
  const { modal } = AntApp.useApp();
  // Only pages drawn here hold unsaved work: the host's close asks the page while it is mounted.
  useEffect(() => installCloseCheck(), []);
  useEffect(() => {
    if (!request) return;
    const asked = modal.confirm({
      title: '离开这一页？',
      content: `${request.unsaved.join('、')}的修改还没有保存。离开这一页，这些修改就不再保留。`,
      okText: '不保存，离开',
      okButtonProps: { danger: true },
      cancelText: '留在这一页',
      focusable: { autoFocusButton: 'cancel' },
      onOk: () => leaveAnyway(request.target),
      onCancel: () => pendingLeave.set(null),
    });
    return () => asked.destroy();
  }, [request, modal]);
  useEffect(() => {
    if (!closing) return;
    const asked = modal.confirm({
      title: '关闭履职台账？',
      content: `${closing.unsaved.join('、')}的修改还没有保存。关闭窗口，这些修改就不再保留。`,
      okText: '不保存，关闭',
      okButtonProps: { danger: true },
      cancelText: '留在这一页',
      focusable: { autoFocusButton: 'cancel' },
      onOk: () => closing.answer(true),
      onCancel: () => closing.answer(false),
    });
    return () => asked.destroy();
  }, [closing, modal]);
  return null;
}
