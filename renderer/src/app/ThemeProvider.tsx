import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';

dayjs.locale('zh-cn');

const theme = {
  token: {
    colorPrimary: '#b8312f',
    fontFamily:
      '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif',
    borderRadius: 6,
  },
};

/**
 * antd's Chinese locale and our theme, around each part of the screen that uses antd. Those parts
 * load after the frame and the first page are drawn, so antd is never on the start-up path.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
