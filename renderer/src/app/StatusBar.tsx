import { Typography } from 'antd';
import { useHost } from './HostContext';

/** One line at the bottom: where the data lives, who is recording, which host runs the app. */
export function StatusBar() {
  const { info, settings, error } = useHost();
  if (error) {
    return (
      <Typography.Text type="danger" role="status">
        {error}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary" role="status" style={{ fontSize: 12 }}>
      数据保存在：{info?.dataDir ?? '…'}
      {' · '}经办人：{settings?.operatorName || '未设置'}
      {' · '}
      {info?.host === 'electron' ? 'Electron' : 'Chromium 外壳'}
    </Typography.Text>
  );
}
