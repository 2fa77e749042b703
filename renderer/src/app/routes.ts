import type { RecordKind } from '../domain/records/recordBase';

/** The sidebar, in order. These names are a contract: tests and users find pages by them. */
export const ROUTES = [
  { key: 'overview', label: '总览' },
  { key: 'members', label: '委员' },
  { key: 'activities', label: '履职活动' },
  { key: 'donations', label: '捐赠' },
  { key: 'campaigns', label: '专项' },
  { key: 'studios', label: '工作室' },
  { key: 'timeline', label: '时间轴' },
  { key: 'stats', label: '统计' },
  { key: 'transfer', label: '导入导出' },
  { key: 'settings', label: '设置' },
] as const;

export type RouteKey = (typeof ROUTES)[number]['key'];

export const DEFAULT_ROUTE: RouteKey = 'overview';

/** The page that lists each kind of record; `#/<page>/<id>` opens one there, marked. */
export const ROUTE_OF_KIND: Readonly<Record<RecordKind, RouteKey>> = {
  member: 'members',
  activity: 'activities',
  donation: 'donations',
  campaign: 'campaigns',
  studio: 'studios',
};

export function routeFromHash(hash: string): RouteKey {
  const key = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES.find((route) => route.key === key)?.key ?? DEFAULT_ROUTE) as RouteKey;
}

/** What follows the page in the hash: `#/members/new?status=在任` → ['new']. */
export function subPathFromHash(hash: string): string[] {
  return pathOf(hash).split('/').slice(1).filter(Boolean);
}

/** A page's query — a list's filters and order: `#/members?category=港区委员` → { category: '港区委员' }. */
export function queryFromHash(hash: string): Record<string, string> {
  const at = hash.indexOf('?');
  if (at === -1) return {};
  return Object.fromEntries(new URLSearchParams(hash.slice(at + 1)));
}

export function hrefOf(key: RouteKey, ...sub: string[]): string {
  return `#/${[key, ...sub].join('/')}`;
}

/** A page's href with a query; empty values are left out, and no `?` without any. */
export function hrefWithQuery(
  key: RouteKey,
  sub: readonly string[],
  query: Readonly<Record<string, string>>,
): string {
  const kept = Object.entries(query).filter(([, value]) => value !== '');
  const search = new URLSearchParams(kept).toString();
  return hrefOf(key, ...sub) + (search ? `?${search}` : '');
}

function pathOf(hash: string): string {
  return hash.replace(/^#\/?/, '').split('?')[0] ?? '';
}
