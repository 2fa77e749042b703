/** The fixed secure origin the shell serves the renderer from, by request interception. */
export const SHELL_ORIGIN = 'https://duty-ledger.local';
export const SHELL_ENTRY_URL = `${SHELL_ORIGIN}/index.html`;
