/**
 * The bridge's channel names, `domain:action`. Kept free of imports so that the sandboxed preload
 * can be generated from this list without bundling anything else.
 */
export const CHANNELS = [
  'app:info',
  'app:openLogFolder',
  'log:write',
  'settings:get',
  'settings:set',
  'files:saveAs',
  'files:open',
  'files:writeAtomic',
  'files:read',
  'files:readChunk',
  'files:beginWrite',
  'files:writeChunk',
  'files:endWrite',
  'attachments:put',
  'attachments:get',
  'attachments:open',
  'attachments:gc',
  'print:toPdf',
  'backup:write',
  'backup:list',
  'backup:read',
  'backup:chooseFolder',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** The global the preload (and the Chromium shell) defines. */
export const BRIDGE_GLOBAL = 'dutyLedger';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
