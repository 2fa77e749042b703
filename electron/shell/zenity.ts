import { spawnSync } from 'node:child_process';

/** A native dialog program: its answer, null when the user cancelled, undefined when absent. */
export type NativeDialog = (args: string[]) => string | null | undefined;

/** Runs zenity, the GNOME dialog program found on most Linux desktops. */
export const runZenity: NativeDialog = (args) => {
  const result = spawnSync('zenity', args, { encoding: 'utf8' });
  if (result.error) return undefined;
  if (result.status !== 0) return null;
  return result.stdout.trim() || null;
};
