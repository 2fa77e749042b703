import { ipcMain } from 'electron';
import { CHANNELS } from '../contract';
import { dispatch } from '../handlers/dispatch';
import type { HostServices } from '../services/hostServices';

/** Wires each channel to `dispatch`; the sender's frame URL is checked there. */
export function setupIpc(services: HostServices): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) =>
      dispatch(channel, args, event.senderFrame?.url, services),
    );
  }
}
