import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { participantGroups } from '../../../../../renderer/src/domain/activities/participantGroups';
import type { Member, Participant } from '../../../../../renderer/src/domain/records';
import { ParticipantsField } from '../../../../../renderer/src/features/activities/ParticipantsField';
import type { ParticipantChoices } from '../../../../../renderer/src/features/activities/useParticipantChoices';

afterEach(cleanup);

const member = (id: string, name: string, extra: Partial<Member> = {}) =>
  ({ id, name, otherNames: [], studioIds: [], status: '在任', ...extra }) as unknown as Member;

const MEMBERS = [
  member('m1', '张国华', { category: '港区委员', otherNames: ['張國華'] }),
  member('m2', '陈美玲', { category: '港区委员', otherNames: ['陳美玲'] }),
  member('m3', '区志明', { category: '澳区委员' }),
];
const CHOICES: ParticipantChoices = {
  members: MEMBERS,
  byId: new Map(MEMBERS.map((m) => [m.id, m])),
  groups: participantGroups(MEMBERS, []),
};

/** The field as the form holds it: what it emits becomes its value. */
function Held({ seen }: { seen: Participant[][] }) {
  const [value, setValue] = useState<Participant[]>([]);
  return (
    <>
      <label htmlFor="participants">参加委员</label>
      <ParticipantsField
        id="participants"
        value={value}
        onChange={(next) => {
          seen.push(next);
          setValue(next);
        }}
        choices={CHOICES}
        nameOf={(id) => MEMBERS.find((m) => m.id === id)?.name ?? '…'}
      />
    </>
  );
}

const picker = () => screen.getByLabelText('参加委员');

function type(text: string) {
  fireEvent.mouseDown(picker());
  fireEvent.change(picker(), { target: { value: text } });
}

function optionTitles(): string[] {
  return [...document.querySelectorAll('.ant-select-item-option')].map(
    (option) => option.getAttribute('title') ?? '',
  );
}

describe('ParticipantsField', () => {
  it('finds members by traditional characters or initials, and groups by their name or initials', async () => {
    render(<Held seen={[]} />);
    // Typed before the pinyin and 繁简 tables have loaded: matched again once they have.
    type('張國');
    await waitFor(() => expect(optionTitles()).toEqual(['张国华（港区委员）']));
    type('gq');
    await waitFor(() => expect(optionTitles()).toEqual(['港区委员（类别 · 2 人）']));
  });

  it('adds a whole group, then sets leave with its 批准人, which another status drops', () => {
    const seen: Participant[][] = [];
    render(<Held seen={seen} />);
    type('港区');
    fireEvent.click(screen.getByTitle('港区委员（类别 · 2 人）'));
    const table = screen.getByRole('table', { name: '参加委员名单' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['张国华 港区委员', '陈美玲 港区委员']);

    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: '陈美玲 的出席情况' })).getByText('请假'),
    );
    fireEvent.change(screen.getByRole('textbox', { name: '陈美玲 的批准人' }), {
      target: { value: '王秘书长' },
    });
    expect(seen.at(-1)?.[1]).toEqual({
      memberId: 'm2',
      role: '参加',
      attendance: '请假',
      approvedBy: '王秘书长',
    });
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: '陈美玲 的出席情况' })).getByText('缺席'),
    );
    expect(seen.at(-1)?.[1]).toEqual({ memberId: 'm2', role: '参加', attendance: '缺席' });
    expect(screen.queryByRole('textbox', { name: '陈美玲 的批准人' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '移除 张国华' }));
    expect(seen.at(-1)?.map((p) => p.memberId)).toEqual(['m2']);
  });
});
