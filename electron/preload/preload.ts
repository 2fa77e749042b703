// The sandboxed preload: exposes exactly the contract's verbs as one frozen object, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../contract/buildBridge';
import { BRIDGE_GLOBAL, CHANNELS } from '../contract/channels';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridge(CHANNELS, (channel, args) => ipcRenderer.invoke(channel, args)),
);
