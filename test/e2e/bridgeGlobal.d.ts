import type { BridgeApi } from '../../electron/contract/bridgeApi';

declare global {
  interface Window {
    dutyLedger?: BridgeApi;
  }
}
