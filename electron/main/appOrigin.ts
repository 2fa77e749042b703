/** The privileged scheme and host the renderer is served from in Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'duty-ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
