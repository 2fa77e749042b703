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
export { matchesPersonName } from './matchesPersonName';
export { personNameReadings, MAX_NAME_READINGS, type NameReading } from './nameReadings';
export type { HitContext } from './hitContext';
