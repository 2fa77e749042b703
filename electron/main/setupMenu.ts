import { app, dialog, Menu, shell } from 'electron';
import type { HostServices } from '../services/hostServices';
import { menuTemplate } from './menuTemplate';

export function setupMenu(services: HostServices): void {
  const menu = Menu.buildFromTemplate(
    menuTemplate(
      {
        openLogFolder: () => void shell.openPath(services.logDir),
        openDataFolder: () => void shell.openPath(services.dataDir),
        showAbout: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: '关于履职台账',
            message: `履职台账 ${app.getVersion()}`,
            detail: `数据文件夹：${services.dataDir}`,
          }),
      },
      { devTools: !app.isPackaged },
    ),
  );
  Menu.setApplicationMenu(menu);
}
