import { App as AntApp } from 'antd';
import { useEffect } from 'react';
import { useStoreValue } from '../shared/valueStore';
import { pendingLeave } from './leaveGuards';
import { leaveAnyway } from './useHashRoute';

/**
 * Asks before another page drops work not saved yet (leaveGuards). 留在这一页, the default, keeps
 * it; 不保存，离开 goes on. Mount once where the pages are.
 */
export function LeaveConfirm() {
  const request = useStoreValue(pendingLeave);
  const { modal } = AntApp.useApp();
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
  return null;
}
