import { Space } from 'antd';
import type { ListFilters } from '../../db/recordPages';
import type { ListFilterDef } from './ListFilterBar';
import './listFilterPlaceholder.css';

/** A filter's place shows its label, or the name of the value chosen (when known without reading). */
function placeText(def: ListFilterDef, value: string | undefined): string {
  if (!value) return def.label;
  return def.options?.find((option) => option.value === value)?.label ?? '';
}

/**
 * Where a list's filters will be, drawn while their code (antd's Select) is still coming: boxes
 * of the filters' own size, with their labels, so that the rows below do not move when the
 * filters take their place. Not interactive, and hidden from screen readers: the filters follow
 * in a moment.
 */
export function ListFilterPlaceholder({
  defs,
  values,
}: {
  defs: readonly ListFilterDef[];
  values: ListFilters;
}) {
  const any = defs.some((def) => values[def.field]);
  return (
    <Space wrap aria-hidden="true" className="filter-placeholders">
      {defs.map((def) => (
        <span key={def.field} className="filter-placeholder">
          <span className="filter-placeholder-text">{placeText(def, values[def.field])}</span>
          <svg viewBox="64 64 896 896" width="12" height="12" fill="currentColor">
            <path d="M884 256h-75c-5.1 0-9.9 2.5-12.9 6.6L512 654.2 227.9 262.6c-3-4.1-7.8-6.6-12.9-6.6h-75c-6.5 0-10.3 7.4-6.5 12.7l352.6 486.1c12.8 17.6 39 17.6 51.7 0l352.6-486.1c3.9-5.3.1-12.7-6.4-12.7z" />
          </svg>
        </span>
      ))}
      {any ? <span className="filter-placeholder-clear">清除筛选</span> : null}
    </Space>
  );
}
