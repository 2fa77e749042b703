import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppLayout } from './AppLayout';
import { HostProvider } from './HostContext';

dayjs.locale('zh-cn');

const theme = {
  token: {
    colorPrimary: '#b8312f',
    fontFamily:
      '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif',
    borderRadius: 6,
  },
};

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <HostProvider>
          <AppLayout />
        </HostProvider>
      </AntApp>
    </ConfigProvider>
  );
}
