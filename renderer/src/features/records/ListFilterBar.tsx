import { Button, Select, Space } from 'antd';
import type { ListFilters } from '../../db/recordPages';
import { matchesPersonName } from '../../domain/search';

/** One filter of a list: the field it narrows, its label, and the values to choose from. */
export interface ListFilterDef {
  field: string;
  label: string;
  /** Undefined while the choices are read. */
  options: readonly { value: string; label: string; otherNames?: string[] }[] | undefined;
  /**
   * The choices are people: found as their names are typed (繁简, pinyin and initials read with
   * surname readings), as every picker of people finds them.
   */
  people?: boolean;
}

interface Props {
  defs: readonly ListFilterDef[];
  values: ListFilters;
  onChange: (values: Record<string, string>) => void;
}

/** A list's filters, one Select each, named by its label; 清除筛选 when any is set. */
export function ListFilterBar({ defs, values, onChange }: Props) {
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
        <Select
          key={def.field}
          aria-label={def.label}
          placeholder={def.label}
          allowClear
          showSearch={
            def.people
              ? {
                  filterOption: (input, option) =>
                    matchesPersonName(input, option?.label ?? '', option?.otherNames ?? []),
                }
              : { optionFilterProp: 'label' }
          }
          loading={def.options === undefined}
          style={{ minWidth: 120 }}
          popupMatchSelectWidth={false}
          value={values[def.field]}
          options={def.options?.map((option) => ({ ...option }))}
          onChange={(value: string | undefined) => set(def.field, value)}
        />
      ))}
      {any ? (
        <Button type="link" onClick={() => onChange({})}>
          清除筛选
        </Button>
      ) : null}
    </Space>
  );
}
