import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from '../services/hostServices';

export const electronDialogs: Dialogs = {
  async showSave(options) {
    const window = BrowserWindow.getFocusedWindow();
    const saveOptions = {
      title: options.title,
      defaultPath: options.defaultName,
      filters: options.filters,
    };
    const result = window
      ? await dialog.showSaveDialog(window, saveOptions)
      : await dialog.showSaveDialog(saveOptions);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async showOpen(options) {
    const window = BrowserWindow.getFocusedWindow();
    const openOptions = {
      title: options.title,
      filters: options.filters,
      properties: options.multiple
        ? (['openFile', 'multiSelections'] as const)
        : (['openFile'] as const),
    };
    const result = window
      ? await dialog.showOpenDialog(window, {
          ...openOptions,
          properties: [...openOptions.properties],
        })
      : await dialog.showOpenDialog({ ...openOptions, properties: [...openOptions.properties] });
    return result.canceled ? null : result.filePaths;
  },
};
