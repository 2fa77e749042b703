import type { BridgeApi } from '../../../electron/contract/bridgeApi';

declare global {
  interface Window {
    dutyLedger?: BridgeApi;
  }
}

/**
 * The host's API. Present in Electron (preload) and in the Chromium shell (binding); absent when
 * the page is opened some other way, which is said plainly instead of failing later.
 */
export function bridge(): BridgeApi {
  const api = window.dutyLedger;
  if (!api) throw new Error('未连接到履职台账主程序：请通过 npm start 打开本应用。');
  return api;
}

export function hasBridge(): boolean {
  return window.dutyLedger !== undefined;
}

/** The message to show for a failed bridge call: the host already wrote it in Chinese. */
export function bridgeErrorMessage(error: unknown): string {
  if (error instanceof Error)
    return error.message.replace(/^Error invoking remote method '[^']+': (?:Error: )?/, '');
  return String(error);
}
