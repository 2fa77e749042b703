import type { Logger } from './logger';

/** Where an error nobody caught goes besides the log: a dialog in Electron. */
export type ShowError = (title: string, text: string) => void;

/** The part of `process` that reports errors nobody caught. */
export interface ErrorSource {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Logs every uncaught exception and unhandled rejection with its stack, and shows it to the user
 * (once per distinct message, so a repeating error cannot bury the screen in dialogs).
 */
export function reportUncaughtErrors(source: ErrorSource, log: Logger, show: ShowError): void {
  const shown = new Set<string>();
  const report = (kind: string, reason: unknown) => {
    const message = reason instanceof Error ? reason.message : String(reason);
    const detail = reason instanceof Error ? (reason.stack ?? message) : message;
    log.write('error', 'main', `${kind}: ${message}`, detail);
    if (shown.has(message)) return;
    shown.add(message);
    show('履职台账出现意外错误', `${message}\n\n详情已写入日志：${log.file}`);
  };
  source.on('uncaughtException', (error) => report('uncaught exception', error));
  source.on('unhandledRejection', (reason) => report('unhandled rejection', reason));
}

/**
 * Runs the start-up; if it fails, logs why, tells the user and quits, so that a failed start
 * never leaves a process running without a window.
 */
export async function startOrQuit(
  start: () => Promise<void> | void,
  log: Logger,
  show: ShowError,
  quit: (code: number) => void,
): Promise<boolean> {
  try {
    await start();
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.write(
      'error',
      'main',
      `start-up failed: ${message}`,
      error instanceof Error ? error.stack : undefined,
    );
    show('履职台账无法启动', `${message}\n\n详情已写入日志：${log.file}`);
    quit(1);
    return false;
  }
}
