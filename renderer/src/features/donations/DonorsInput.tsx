import { Checkbox, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Donor, Member } from '../../domain/records';
import { useParticipantChoices } from '../activities/useParticipantChoices';
import { usePersonNameMatcher } from '../records/usePersonNameMatcher';
import { useRecordNames } from '../records/useRecordNames';

interface Props {
  id?: string;
  value?: Donor[] | undefined;
  onChange?: (value: Donor[]) => void;
}

/** A typed donor's value in the picker; member ids are UUIDs and never start so. */
const OTHER = '其他:';

/** Typed between donors, these split what was typed into several (as a pasted list is). */
const SEPARATORS = /[、；;]/;

interface DonorOption {
  /** Headings have none. */
  value?: string;
  label: string;
  /** What is matched against what was typed (a member's name); typed donors have none. */
  match?: string;
  otherNames?: string[];
  options?: DonorOption[];
}

function memberLabel(member: Member): string {
  return member.category ? `${member.name}（${member.category}）` : member.name;
}

function otherDonor(name: string): Donor | undefined {
  const trimmed = name.trim();
  return trimmed ? { type: '其他', name: trimmed, group: false } : undefined;
}

/**
 * 捐赠方: members picked by name, pinyin or initials, and any other donor typed in full — a
 * person, a company, or a group such as “港澳委员和海外顾问团成员” (marked 群体). The members
 * that match come first, each with its 类别, so that Enter takes the member; what was typed is
 * offered last, as 其他捐赠方, even where a member has that very name (a namesake outside the
 * committee), so that the two are never one line that reads alike.
 */
export function DonorsInput({ id, value = [], onChange }: Props) {
  const matchesPersonName = usePersonNameMatcher();
  const choices = useParticipantChoices();
  const [search, setSearch] = useState('');
  const memberIds = value.flatMap((d) => (d.type === '委员' ? [d.memberId] : []));
  // A chosen member no longer live (deleted) is still named, as 「姓名（已删除）」.
  const missing = memberIds.filter((memberId) => choices && !choices.byId.has(memberId));
  const names = useRecordNames('member', missing);
  const keys = value.map((d) => (d.type === '委员' ? d.memberId : `${OTHER}${d.name}`));
  const typed = search.trim();

  const memberOptions: DonorOption[] = [
    ...(choices?.members ?? []).map((member) => ({
      value: member.id,
      label: memberLabel(member),
      match: member.name,
      otherNames: member.otherNames,
    })),
    ...missing.map((memberId) => ({ value: memberId, label: names?.get(memberId) ?? '…' })),
  ];
  const otherNames = value.flatMap((d) => (d.type === '其他' ? [d.name] : []));
  const otherOptions: DonorOption[] = [
    ...otherNames.map((name) => ({ value: `${OTHER}${name}`, label: name })),
    // Before the members are read it cannot be told apart from a member's name: taken then, it
    // waits for them (see pending below).
    ...(typed && !otherNames.includes(typed)
      ? [{ value: `${OTHER}${typed}`, label: choices ? `${typed}（非委员）` : typed }]
      : []),
  ];

  // Closed once a donor is taken: a Tab out of an open list would take its active option again,
  // and taking a chosen option again removes it.
  const [open, setOpen] = useState(false);
  // A name typed and taken (Enter, Tab) or left before the members were read: once they are, it
  // is taken as Enter would have taken it then — the first member it finds, else a donor
  // outside the committee. Nothing typed is lost, and a member's name is not filed as another's.
  const pending = useRef<string[]>([]);
  const change = (next: string[]) => {
    setOpen(false);
    setSearch('');
    const before = new Map(value.map((d, i) => [keys[i], d]));
    onChange?.(
      next
        .map((key): Donor | undefined => {
          const kept = before.get(key);
          if (kept) return kept;
          if (!key.startsWith(OTHER)) return { type: '委员', memberId: key };
          if (choices) return otherDonor(key.slice(OTHER.length));
          pending.current.push(key.slice(OTHER.length).trim());
          return undefined;
        })
        .filter((d): d is Donor => d !== undefined),
    );
  };
  const onBlur = () => {
    if (!choices && typed) pending.current.push(typed);
  };
  const latest = useRef({ value, onChange, matchesPersonName });
  useEffect(() => {
    latest.current = { value, onChange, matchesPersonName };
  });
  useEffect(() => {
    const texts = [...new Set(pending.current.filter(Boolean))];
    if (!choices || texts.length === 0) return;
    pending.current = [];
    const { value: before, onChange: report, matchesPersonName: matches } = latest.current;
    const now = [...before];
    for (const text of texts) {
      const member = choices.members.find(
        (m) =>
          matches(text, m.name, m.otherNames ?? []) &&
          !now.some((d) => d.type === '委员' && d.memberId === m.id),
      );
      const taken = member
        ? { type: '委员' as const, memberId: member.id }
        : now.some((d) => d.type === '其他' && d.name === text)
          ? undefined
          : otherDonor(text);
      if (taken) now.push(taken);
    }
    if (now.length > before.length) report?.(now);
  }, [choices]);

  // A list typed or pasted with 、 or ； between donors: each name before the last mark is taken
  // as a donor outside the committee, and what follows it stays to be typed on.
  const onSearch = (text: string) => {
    if (!SEPARATORS.test(text)) return setSearch(text);
    const parts = text.split(SEPARATORS);
    const rest = parts.pop() ?? '';
    const added = parts
      .map(otherDonor)
      .filter((d): d is Donor => d !== undefined)
      .filter((d) => d.type === '其他' && !otherNames.includes(d.name));
    if (added.length > 0) onChange?.([...value, ...added]);
    setSearch(rest);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select<string[], DonorOption>
        id={id}
        mode="multiple"
        open={open}
        onOpenChange={setOpen}
        value={keys}
        onChange={change}
        onBlur={onBlur}
        showSearch={{
          searchValue: search,
          onSearch,
          // Members by their names; of the donors outside the committee only what is typed, so
          // that one already chosen is not the option Enter or Tab takes, which would remove it.
          // (A heading is asked too: one that says yes would bring all its options.)
          filterOption: (input, option) =>
            option !== undefined &&
            option.options === undefined &&
            (option.match === undefined
              ? option.value === `${OTHER}${input.trim()}`
              : matchesPersonName(input, option.match, option.otherNames ?? [])),
        }}
        loading={!choices}
        placeholder="输入委员姓名、拼音或首字母选择；其他个人、企业或群体输入全称后回车"
        options={[
          { label: '委员', options: memberOptions },
          ...(otherOptions.length > 0 ? [{ label: '其他捐赠方', options: otherOptions }] : []),
        ]}
        notFoundContent="没有匹配的委员；输入全称可作为其他捐赠方"
      />
      {otherNames.length > 0 ? (
        <Space wrap>
          <Typography.Text type="secondary">非委员捐赠方：</Typography.Text>
          {value.map((d) =>
            d.type === '其他' ? (
              <Checkbox
                key={d.name}
                checked={d.group}
                onChange={(event) =>
                  onChange?.(
                    value.map((x) => (x === d ? { ...d, group: event.target.checked } : x)),
                  )
                }
              >
                {`“${d.name}”为群体`}
              </Checkbox>
            ) : null,
          )}
        </Space>
      ) : null}
    </Space>
  );
}
