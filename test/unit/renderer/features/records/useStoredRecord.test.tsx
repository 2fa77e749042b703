import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import { createRecord } from '../../../../../renderer/src/db/repositories/recordRepository';
import { useStoredRecord } from '../../../../../renderer/src/features/records/useStoredRecord';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

describe('useStoredRecord', () => {
  it('never gives the record asked before as the one asked now', async () => {
    const chan = await createRecord('member', { name: '陈美玲' });
    const ho = await createRecord('member', { name: '何鸿燊' });
    // Each answer, with the id it was asked for when it was given.
    const seen: { asked: string; name: string | undefined }[] = [];
    const { rerender } = renderHook(
      ({ id }: { id: string }) => {
        const record = useStoredRecord('member', id);
        seen.push({ asked: id, name: record?.name });
        return record;
      },
      { initialProps: { id: chan.id } },
    );
    await waitFor(() => expect(seen.at(-1)?.name).toBe('陈美玲'));
    rerender({ id: ho.id });
    await waitFor(() => expect(seen.at(-1)?.name).toBe('何鸿燊'));
    const whileAskingHo = seen.filter((answer) => answer.asked === ho.id);
    expect(whileAskingHo.map((answer) => answer.name)).not.toContain('陈美玲');
  });

  it('is null without an id, and null for an id no record has', async () => {
    const none = renderHook(() => useStoredRecord('member', null));
    await waitFor(() => expect(none.result.current).toBeNull());
    const missing = renderHook(() => useStoredRecord('member', 'no-such-id'));
    await waitFor(() => expect(missing.result.current).toBeNull());
  });
});
