import { hasBridge, bridge } from '../bridge/bridge';

/** Sends uncaught errors to the host's log file, where 帮助 → 打开日志文件夹 finds them. */
export function reportGlobalErrors(): void {
  window.addEventListener('error', (event) => {
    logToHost(event.message, event.error instanceof Error ? event.error.stack : undefined);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    logToHost(
      reason instanceof Error ? reason.message : String(reason),
      reason instanceof Error ? reason.stack : undefined,
    );
  });
}

export function logToHost(message: string, detail?: string): void {
  if (!hasBridge()) return;
  bridge()
    .log.write({ level: 'error', message, ...(detail ? { detail } : {}) })
    .catch(() => undefined);
}
