import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeProvider } from '../../../../../renderer/src/app/ThemeProvider';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import { createRecord } from '../../../../../renderer/src/db/repositories/recordRepository';
import type { Donor } from '../../../../../renderer/src/domain/records';
import { DonorsInput } from '../../../../../renderer/src/features/donations/DonorsInput';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});
afterEach(cleanup);

/** The picker, with a name typed and the field left at once: before the members are read. */
function typeAndLeave(name: string) {
  const onChange = vi.fn<(value: Donor[]) => void>();
  render(
    <ThemeProvider>
      <DonorsInput id="donors" value={[]} onChange={onChange} />
    </ThemeProvider>,
  );
  const input = screen.getByRole('combobox');
  fireEvent.change(input, { target: { value: name } });
  fireEvent.blur(input);
  return onChange;
}

describe('捐赠方 left the moment it is typed, before the members are read', () => {
  it('takes the member of that name once they are read, not a donor outside', async () => {
    const chan = await createRecord('member', { name: '陈美玲', category: '港区委员' });
    const onChange = typeAndLeave('陈美玲');
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith([{ type: '委员', memberId: chan.id }]),
    );
  });

  it('takes a name no member has as a donor outside the committee, so nothing typed is lost', async () => {
    await createRecord('member', { name: '陈美玲' });
    const onChange = typeAndLeave('香港某商会');
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith([{ type: '其他', name: '香港某商会', group: false }]),
    );
  });
});
