import type { MessageBoxOptions } from 'electron';
import { settingsSetAsideText } from '../services/settingsSetAsideText';

/** The dialog that says an unreadable settings file was set aside and defaults are in use. */
export function settingsSetAsideNotice(setAsideTo: string): MessageBoxOptions {
  return { type: 'warning', ...settingsSetAsideText(setAsideTo), buttons: ['知道了'] };
}
