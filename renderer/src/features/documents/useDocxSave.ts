import { App as AntApp } from 'antd';
import { useState } from 'react';
import { bridgeErrorMessage } from '../../bridge/bridge';
import { saveExport } from '../dossier/saveExport';

/**
 * Saving a .docx where the user chooses: the busy state for the button, 已导出 or the reason it
 * failed. `save` resolves to whether a file was written (false when cancelled or failed).
 */
export function useDocxSave(): {
  busy: boolean;
  save: (defaultName: string, build: () => Promise<string>) => Promise<boolean>;
} {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const save = async (defaultName: string, build: () => Promise<string>) => {
    setBusy(true);
    try {
      const path = await saveExport({
        defaultName,
        filterName: 'Word 文档',
        extension: 'docx',
        base64: await build(),
      });
      if (path) message.success(`已导出：${path}`);
      return path !== null;
    } catch (error) {
      message.error(`导出失败：${bridgeErrorMessage(error)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, save };
}
