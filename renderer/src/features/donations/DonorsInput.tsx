import { Checkbox, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Donor } from '../../domain/records';
import { usePersonNameMatcher } from '../records/usePersonNameMatcher';
import { useRecordOptions, type RecordOption } from '../records/useRecordOptions';

interface Props {
  id?: string;
  value?: Donor[] | undefined;
  onChange?: (value: Donor[]) => void;
}

/** A typed donor's value in the picker; member ids are UUIDs and never start so. */
const OTHER = '其他:';

/**
 * 捐赠方: members picked by name, pinyin or initials, and any other donor typed in full — a
 * person, a company, or a group such as “港澳委员和海外顾问团成员” (marked 群体).
 */
export function DonorsInput({ id, value = [], onChange }: Props) {
  const matchesPersonName = usePersonNameMatcher();
  const memberIds = value.flatMap((d) => (d.type === '委员' ? [d.memberId] : []));
  const members = useRecordOptions('member', memberIds);
  const others = value.filter((d) => d.type === '其他');
  const keys = value.map((d) => (d.type === '委员' ? d.memberId : `${OTHER}${d.name}`));
  const memberIdSet = new Set(members?.map((m) => m.value));
  const options: RecordOption[] = [
    ...(members ?? []),
    ...others.map((d) => ({ value: `${OTHER}${d.name}`, label: d.name })),
  ];

  // Closed once a donor is taken: a Tab out of an open list would take its active option again,
  // and taking a chosen option again removes it.
  const [open, setOpen] = useState(false);
  const change = (next: string[]) => {
    setOpen(false);
    const before = new Map(value.map((d, i) => [keys[i], d]));
    onChange?.(
      next
        .map((key): Donor | undefined => {
          const kept = before.get(key);
          if (kept) return kept;
          if (memberIdSet.has(key)) return { type: '委员', memberId: key };
          const name = (key.startsWith(OTHER) ? key.slice(OTHER.length) : key).trim();
          return name ? { type: '其他', name, group: false } : undefined;
        })
        .filter((d): d is Donor => d !== undefined),
    );
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        id={id}
        mode="tags"
        open={open}
        onOpenChange={setOpen}
        value={keys}
        onChange={change}
        placeholder="输入委员姓名、拼音或首字母选择；其他个人、企业或群体输入全称后回车"
        filterOption={(input, option) =>
          matchesPersonName(input, String(option?.label ?? ''), option?.otherNames ?? [])
        }
        options={options}
        tokenSeparators={['、', '；']}
      />
      {others.length > 0 ? (
        <Space wrap>
          <Typography.Text type="secondary">非委员捐赠方：</Typography.Text>
          {others.map((d) => (
            <Checkbox
              key={d.name}
              checked={d.group}
              onChange={(event) =>
                onChange?.(value.map((x) => (x === d ? { ...d, group: event.target.checked } : x)))
              }
            >
              {`“${d.name}”为群体`}
            </Checkbox>
          ))}
        </Space>
      ) : null}
    </Space>
  );
}
