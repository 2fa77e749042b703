import type { MessageBoxOptions } from 'electron';

/** Only ordinary web links may leave the app for the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * The question asked before a link leaves the app. It shows the URL as the browser will read it
 * (a look-alike host in its punycode form), and 取消 is the default.
 */
export function externalUrlQuestion(raw: string): MessageBoxOptions {
  return {
    type: 'question',
    title: '打开外部链接',
    message: '要在浏览器中打开下面这个链接吗？',
    detail: new URL(raw).href,
    buttons: ['打开', '取消'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

export interface ExternalOpener {
  /** Shows the question; true when the user chose 打开. */
  confirm(question: MessageBoxOptions): Promise<boolean>;
  open(url: string): Promise<void>;
}

/** Opens a web link in the system browser only after the user confirmed the URL shown. */
export async function openExternalAfterConfirm(
  raw: string,
  opener: ExternalOpener,
): Promise<boolean> {
  if (!isSafeExternalUrl(raw)) return false;
  if (!(await opener.confirm(externalUrlQuestion(raw)))) return false;
  await opener.open(new URL(raw).href);
  return true;
}
