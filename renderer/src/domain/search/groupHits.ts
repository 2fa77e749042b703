/** Grouping of search hits for display, and splitting a title into highlighted segments. */
import type { SearchHit } from './SearchIndex';
import type { SearchKind } from './searchKeys';

/** Display order of the groups. */
export const GROUP_ORDER: readonly SearchKind[] = [
  'member',
  'activity',
  'donation',
  'campaign',
  'studio',
];

export const KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  member: '委员',
  activity: '履职活动',
  donation: '捐赠',
  campaign: '专项',
  studio: '工作室',
};

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

/** Hits grouped by kind in GROUP_ORDER; empty groups left out; order within a group kept. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const byKind = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const list = byKind.get(hit.kind);
    if (list === undefined) byKind.set(hit.kind, [hit]);
    else list.push(hit);
  }
  const groups: SearchGroup[] = [];
  for (const kind of GROUP_ORDER) {
    const list = byKind.get(kind);
    if (list !== undefined) groups.push({ kind, label: KIND_LABELS[kind], hits: list });
  }
  return groups;
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Split `title` into plain and matched segments. Ranges are [start, end) code-unit offsets; they
 * may overlap, touch or be out of order, and are clipped to the title.
 */
export function highlightSegments(
  title: string,
  ranges: readonly (readonly [number, number])[],
): HighlightSegment[] {
  const clipped = ranges
    .map(([s, e]): [number, number] => [
      Math.max(0, Math.min(title.length, s)),
      Math.max(0, Math.min(title.length, e)),
    ])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [s, e] of clipped) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) segments.push({ text: title.slice(at, from), match: false });
    const last = segments[segments.length - 1];
    if (last !== undefined && last.match && from === at) last.text += title.slice(from, e);
    else segments.push({ text: title.slice(from, e), match: true });
    at = e;
  }
  if (at < title.length) segments.push({ text: title.slice(at), match: false });
  return segments;
}
