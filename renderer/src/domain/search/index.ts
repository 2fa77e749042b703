export {
  buildSearchDoc,
  SEARCH_DOC_VERSION,
  SEARCH_KINDS,
  type SearchDoc,
  type SearchDocInput,
  type SearchKind,
} from './searchKeys';
export { SearchIndex, SCORE, splitQuery, type SearchHit, type SearchOptions } from './SearchIndex';
export {
  groupHits,
  highlightSegments,
  GROUP_ORDER,
  KIND_LABELS,
  type HighlightSegment,
  type SearchGroup,
} from './groupHits';
export { fold, normaliseNumber } from './fold';
export type { HitContext } from './hitContext';
