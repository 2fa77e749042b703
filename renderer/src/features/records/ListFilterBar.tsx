import { Button, Select, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo } from 'react';
import type { ListFilters } from '../../db/recordPages';
import { usePersonNameMatcher } from './usePersonNameMatcher';
import { SELECT_CLEAR } from '../../shared/selectClear';

/** One choice of a filter. */
export interface ListFilterOption {
  value: string;
  label: string;
  otherNames?: string[];
}

/** One filter of a list: the field it narrows, its label, and the values to choose from. */
export interface ListFilterDef {
  field: string;
  label: string;
  /** Undefined while the choices are read (or when `load` reads them). */
  options: readonly ListFilterOption[] | undefined;
  /**
   * Reads the choices from the database when the bar is shown, and again when they change: a
   * list draws its first rows before any filter's choices are read. Keep it one function for good
   * (a module-level one), or the choices are read again at every render.
   */
  load?: () => Promise<readonly ListFilterOption[]>;
  /**
   * The choices are people: found as their names are typed (繁简, pinyin and initials read with
   * surname readings), as every picker of people finds them.
   */
  people?: boolean;
}

export interface Props {
  defs: readonly ListFilterDef[];
  values: ListFilters;
  onChange: (values: Record<string, string>) => void;
}

/**
 * A list's filters, one Select each, named by its label; 清除筛选 when any is set. Memoized: a
 * list re-renders as its pages are read while it scrolls, and its filters do not change then.
 */
export const ListFilterBar = memo(function ListFilterBar({ defs, values, onChange }: Props) {
  const set = (field: string, value: string | undefined) => {
    const next: Record<string, string> = { ...values };
    if (value) next[field] = value;
    else delete next[field];
    onChange(next);
  };
  const any = defs.some((def) => values[def.field]);
  return (
    <Space wrap role="group" aria-label="筛选">
      {defs.map((def) => (
        <FilterSelect
          key={def.field}
          def={def}
          value={values[def.field]}
          onChange={(value) => set(def.field, value)}
        />
      ))}
      {any ? (
        <Button type="link" onClick={() => onChange({})}>
          清除筛选
        </Button>
      ) : null}
    </Space>
  );
});

function FilterSelect({
  def,
  value,
  onChange,
}: {
  def: ListFilterDef;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { load } = def;
  const loaded = useLiveQuery(async () => (load ? await load() : undefined), [load]);
  const options = def.options ?? loaded;
  const matchesPersonName = usePersonNameMatcher(def.people === true);
  return (
    <Select
      aria-label={def.label}
      placeholder={def.label}
      allowClear={SELECT_CLEAR}
      showSearch={
        def.people
          ? {
              filterOption: (input, option) =>
                matchesPersonName(input, option?.label ?? '', option?.otherNames ?? []),
            }
          : { optionFilterProp: 'label' }
      }
      loading={options === undefined}
      style={{ minWidth: 120 }}
      popupMatchSelectWidth={false}
      value={value}
      options={options?.map((option) => ({ ...option }))}
      onChange={onChange}
    />
  );
}
