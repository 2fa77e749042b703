import { routeFromHash, subPathFromHash } from '../../app/routes';

/** Whether the page at `hash` shows 设置's cards (not 操作记录 under it): what they hold stays. */
export function showsSettingsCards(hash: string): boolean {
  return routeFromHash(hash) === 'settings' && subPathFromHash(hash)[0] !== 'audit';
}
