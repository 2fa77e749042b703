import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Dialogs } from '../services/hostServices';

/**
 * The save dialog's options. Linux's dialogs do not ask before replacing a file by themselves:
 * showOverwriteConfirmation makes every platform ask.
 */
export function saveDialogOptions(options: Parameters<Dialogs['showSave']>[0]): SaveDialogOptions {
  return {
    ...(options.title ? { title: options.title } : {}),
    ...(options.defaultName ? { defaultPath: options.defaultName } : {}),
    ...(options.filters ? { filters: options.filters } : {}),
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

function openDialogOptions(options: Parameters<Dialogs['showOpen']>[0]): OpenDialogOptions {
  return {
    ...(options.title ? { title: options.title } : {}),
    ...(options.filters ? { filters: options.filters } : {}),
    properties: options.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  };
}

export const electronDialogs: Dialogs = {
  async showSave(options) {
    const window = BrowserWindow.getFocusedWindow();
    const saveOptions = saveDialogOptions(options);
    const result = window
      ? await dialog.showSaveDialog(window, saveOptions)
      : await dialog.showSaveDialog(saveOptions);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async showOpen(options) {
    const window = BrowserWindow.getFocusedWindow();
    const openOptions = openDialogOptions(options);
    const result = window
      ? await dialog.showOpenDialog(window, openOptions)
      : await dialog.showOpenDialog(openOptions);
    return result.canceled ? null : result.filePaths;
  },
  async showFolder(options) {
    const window = BrowserWindow.getFocusedWindow();
    const folderOptions: OpenDialogOptions = {
      ...(options.title ? { title: options.title } : {}),
      properties: ['openDirectory', 'createDirectory'],
    };
    const result = window
      ? await dialog.showOpenDialog(window, folderOptions)
      : await dialog.showOpenDialog(folderOptions);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
