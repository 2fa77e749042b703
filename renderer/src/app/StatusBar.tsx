import { useHost } from './HostContext';

/** One line at the bottom: where the data lives, who is recording, which host runs the app. */
export function StatusBar() {
  const { info, settings, error } = useHost();
  if (error) {
    return (
      <span className="status-line error" role="status">
        {error}
      </span>
    );
  }
  return (
    <span className="status-line" role="status">
      数据保存在：{info?.dataDir ?? '…'}
      {' · '}经办人：{settings?.operatorName || '未设置'}
      {' · '}
      {info?.host === 'electron' ? 'Electron' : 'Chromium 外壳'}
    </span>
  );
}
