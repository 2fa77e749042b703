import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Radio, Select, Typography } from 'antd';
import { memo, useState } from 'react';
import {
  addParticipants,
  withAttendance,
  type ParticipantGroup,
} from '../../domain/activities/participantGroups';
import {
  ATTENDANCE_STATUSES,
  PARTICIPANT_ROLES,
  type AttendanceStatus,
  type Participant,
  type ParticipantRole,
} from '../../domain/records';
import { usePersonNameMatcher, type PersonNameMatcher } from '../records/usePersonNameMatcher';
import { ADDS_TO_LIST } from '../records/formKeys';
import type { ParticipantChoices } from './useParticipantChoices';

interface Props {
  /** The picker's id: the field's label names it. */
  id?: string;
  value?: Participant[];
  onChange?: (value: Participant[]) => void;
  choices: ParticipantChoices | undefined;
  /** A participant's name, a deleted member's too (「姓名（已删除）」). */
  nameOf: (memberId: string) => string;
}

/** A member or a group to add; or a heading over such options (委员, 整组添加). */
interface PickOption {
  value?: string;
  label: string;
  /** What is matched against what was typed; headings have none. */
  match?: string;
  otherNames?: string[];
  options?: PickOption[];
}

const GROUP = 'group:';

function groupLabel(group: ParticipantGroup): string {
  return `${group.name}（${group.by} · ${group.memberIds.length} 人）`;
}

function groupOptions(groups: readonly ParticipantGroup[]): PickOption[] {
  return groups.map((group) => ({
    value: `${GROUP}${group.key}`,
    label: groupLabel(group),
    match: group.name,
    otherNames: [],
  }));
}

/** Groups of options are asked too: only the options themselves match. */
const matchesWith =
  (matchesPersonName: PersonNameMatcher) => (input: string, option: PickOption | undefined) =>
    typeof option?.match === 'string' && matchesPersonName(input, option.match, option.otherNames);

/**
 * 参加委员: a picker that finds members by Chinese, pinyin or initials, 繁 or 简, and adds whole
 * groups (every 港区委员, a 界别, a 工作室) in one choice; under it one compact row per participant
 * with 角色, 出席情况 and, for 请假, the 批准人. Each control is named after its member
 * (「张国华 的角色」), so 31 rows stay quick to go through by keyboard or screen reader.
 */
export function ParticipantsField({ id, value = [], onChange, choices, nameOf }: Props) {
  const matches = matchesWith(usePersonNameMatcher());
  const [search, setSearch] = useState('');
  const present = new Set(value.map((p) => p.memberId));
  const groups = choices?.groups ?? [];
  const groupById = new Map(groups.map((group) => [`${GROUP}${group.key}`, group]));
  const people: PickOption[] = (choices?.members ?? [])
    .filter((member) => !present.has(member.id))
    .map((member) => ({
      value: member.id,
      label: member.category ? `${member.name}（${member.category}）` : member.name,
      match: member.name,
      otherNames: member.otherNames,
    }));

  // A name typed again finds no option (each member is listed once): say why, not "no match".
  const typed = search.trim();
  const alreadyIn = typed
    ? (choices?.members ?? []).filter(
        (member) =>
          present.has(member.id) &&
          matches(typed, {
            value: member.id,
            label: member.name,
            match: member.name,
            otherNames: member.otherNames,
          }),
      )
    : [];

  const add = (picked: string) => {
    const group = groupById.get(picked);
    onChange?.(addParticipants(value, group ? group.memberIds : [picked]));
    setSearch('');
  };
  const update = (index: number, next: Participant) =>
    onChange?.(value.map((p, i) => (i === index ? next : p)));
  const remove = (index: number) => onChange?.(value.filter((_, i) => i !== index));

  const count = (attendance: AttendanceStatus) =>
    value.filter((p) => p.attendance === attendance).length;

  return (
    <div className="participants">
      <div className="participants-pickers">
        <Select<string | null, PickOption>
          id={id}
          showSearch={{
            searchValue: search,
            onSearch: setSearch,
            filterOption: (input, option) => matches(input, option),
          }}
          value={null}
          placeholder="输入姓名、拼音或首字母添加，或输入类别、界别、工作室整组添加"
          loading={!choices}
          onSelect={(picked) => picked && add(picked)}
          options={[
            { label: '委员', options: people },
            { label: '整组添加', options: groupOptions(groups) },
          ]}
          notFoundContent={
            alreadyIn.length > 0
              ? `${alreadyIn.map((member) => member.name).join('、')}已在参加委员中`
              : '没有匹配的委员或分组'
          }
          className={`participants-picker ${ADDS_TO_LIST}`}
        />
        <Select<string | null, PickOption>
          aria-label="按类别/界别/工作室添加"
          showSearch={{ filterOption: (input, option) => matches(input, option) }}
          value={null}
          placeholder="按类别/界别/工作室添加"
          onSelect={(picked) => picked && add(picked)}
          options={groupOptions(groups)}
          className={`participants-groups ${ADDS_TO_LIST}`}
        />
      </div>
      {value.length === 0 ? (
        <Typography.Text type="secondary">还没有参加委员。</Typography.Text>
      ) : (
        <>
          <Typography.Text type="secondary" className="participants-count">
            共 {value.length} 人：出席 {count('出席')} · 请假 {count('请假')} · 缺席 {count('缺席')}
          </Typography.Text>
          <table className="participants-table" aria-label="参加委员名单">
            <thead>
              <tr>
                <th scope="col">委员</th>
                <th scope="col">角色</th>
                <th scope="col">出席情况</th>
                <th scope="col">批准人</th>
                <th scope="col">
                  <span className="visually-hidden">移除</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {value.map((participant, index) => (
                <ParticipantRow
                  key={participant.memberId}
                  index={index}
                  participant={participant}
                  name={nameOf(participant.memberId)}
                  category={choices?.byId.get(participant.memberId)?.category}
                  onUpdate={update}
                  onRemove={remove}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

interface RowProps {
  index: number;
  participant: Participant;
  name: string;
  category: string | undefined;
  onUpdate: (index: number, next: Participant) => void;
  onRemove: (index: number) => void;
}

const roleOptions = PARTICIPANT_ROLES.map((role) => ({ value: role, label: role }));
const attendanceOptions = ATTENDANCE_STATUSES.map((status) => ({ value: status, label: status }));

/** One participant: drawn again only when that participant changes. */
const ParticipantRow = memo(function ParticipantRow(props: RowProps) {
  const { index, participant, name, category, onUpdate, onRemove } = props;
  return (
    <tr>
      <th scope="row">
        {name}
        {category ? <span className="participants-category"> {category}</span> : null}
      </th>
      <td>
        <Select<ParticipantRole>
          size="small"
          aria-label={`${name} 的角色`}
          value={participant.role}
          options={roleOptions}
          onChange={(role) => onUpdate(index, { ...participant, role })}
          popupMatchSelectWidth={false}
          className="participants-role"
        />
      </td>
      <td>
        <Radio.Group
          size="small"
          optionType="button"
          aria-label={`${name} 的出席情况`}
          // Each row its own group of radios: the field's name would join all rows into one.
          name={`attendance-${participant.memberId}`}
          value={participant.attendance}
          options={attendanceOptions}
          onChange={(event) =>
            onUpdate(index, withAttendance(participant, event.target.value as AttendanceStatus))
          }
        />
      </td>
      <td>
        {participant.attendance === '请假' ? (
          <Input
            size="small"
            aria-label={`${name} 的批准人`}
            placeholder="批准人"
            autoComplete="off"
            value={participant.approvedBy ?? ''}
            onChange={(event) =>
              onUpdate(index, { ...participant, approvedBy: event.target.value })
            }
          />
        ) : null}
      </td>
      <td>
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={`移除 ${name}`}
          onClick={() => onRemove(index)}
        />
      </td>
    </tr>
  );
});
