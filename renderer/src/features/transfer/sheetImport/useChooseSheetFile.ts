import { useState } from 'react';
import { bridge, bridgeErrorMessage } from '../../../bridge/bridge';
import {
  assertSheetFileSize,
  SheetFileError,
  type SheetFile,
} from '../../../domain/sheets/sheetFile';
import { readChosenFile } from '../bundle/hostFileWriter';
import { readSheetFileOffThread } from './readSheetFileOffThread';
import { SHEET_IMPORT_TEXT } from './sheetImportText';

/** Choosing a spreadsheet: the file read, or why it cannot be imported. */
export interface SheetFileChoice {
  file: SheetFile | null;
  error: string | null;
  reading: boolean;
  /** Asks for a file in the host's 打开 dialog and reads it; a cancel changes nothing. */
  choose: () => Promise<void>;
  /** Forgets the file (the import dialog closed). */
  clear: () => void;
}

/** The host's 打开 dialog for a spreadsheet, and its bytes read as sheets. */
export function useChooseSheetFile(): SheetFileChoice {
  const [file, setFile] = useState<SheetFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const choose = async () => {
    let paths: string[] | null;
    try {
      paths = await bridge().files.open({
        title: SHEET_IMPORT_TEXT.dialogTitle,
        filters: [{ name: SHEET_IMPORT_TEXT.filterName, extensions: ['xlsx', 'csv', 'txt'] }],
      });
    } catch (failure) {
      setError(bridgeErrorMessage(failure));
      return;
    }
    const path = paths?.[0];
    if (!path) return;
    const name = path.split(/[/\\]/).pop() ?? path;
    setReading(true);
    setError(null);
    try {
      const bytes = await readChosenFile(path, (size) => assertSheetFileSize(name, size));
      setFile(await readSheetFileOffThread(name, bytes));
    } catch (failure) {
      setError(
        failure instanceof SheetFileError
          ? failure.message
          : `${SHEET_IMPORT_TEXT.readFailed}“${name}”：${bridgeErrorMessage(failure)}`,
      );
    } finally {
      setReading(false);
    }
  };

  return { file, error, reading, choose, clear: () => setFile(null) };
}
