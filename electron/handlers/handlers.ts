import type { Channel, ParsedArgsOf, ResultOf } from '../contract';
import type { HostServices } from '../services/hostServices';
import { appInfo, openLogFolder, writeLog } from './appHandlers';
import {
  collectAttachments,
  getAttachment,
  openAttachment,
  putAttachment,
} from './attachmentHandlers';
import { chooseBackupFolder, listBackupsHandler, readBackup, writeBackup } from './backupHandlers';
import {
  beginWrite,
  endWrite,
  openFiles,
  read,
  readChunk,
  saveAs,
  writeAtomic,
  writeChunk,
} from './fileHandlers';
import { printToPdf } from './printHandlers';
import { getSettings, setSettings } from './settingsHandlers';

export type Handler<C extends Channel> = (
  args: ParsedArgsOf<C>,
  services: HostServices,
) => Promise<ResultOf<C>>;

/** Every channel's handler. Plain functions: Vitest, Electron and the shell run the same code. */
export const handlers: { [C in Channel]: Handler<C> } = {
  'app:info': appInfo,
  'app:openLogFolder': openLogFolder,
  'log:write': writeLog,
  'settings:get': getSettings,
  'settings:set': setSettings,
  'files:saveAs': saveAs,
  'files:open': openFiles,
  'files:writeAtomic': writeAtomic,
  'files:read': read,
  'files:readChunk': readChunk,
  'files:beginWrite': beginWrite,
  'files:writeChunk': writeChunk,
  'files:endWrite': endWrite,
  'attachments:put': putAttachment,
  'attachments:get': getAttachment,
  'attachments:open': openAttachment,
  'attachments:gc': collectAttachments,
  'print:toPdf': printToPdf,
  'backup:write': writeBackup,
  'backup:list': listBackupsHandler,
  'backup:read': readBackup,
  'backup:chooseFolder': chooseBackupFolder,
};
