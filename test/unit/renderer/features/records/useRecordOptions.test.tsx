import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
} from '../../../../../renderer/src/db/repositories/recordRepository';
import { useRecordOptions } from '../../../../../renderer/src/features/records/useRecordOptions';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});
afterEach(cleanup);

describe('useRecordOptions', () => {
  it('offers live studios, and a deleted one still chosen as 「名称（已删除）」 until restored', async () => {
    const live = await createRecord('studio', { name: '侨联界别委员工作室', type: '界别' });
    const gone = await createRecord('studio', { name: '台联界别委员工作室', type: '界别' });
    await deleteRecord('studio', gone.id, gone.rev);
    const { result } = renderHook(() => useRecordOptions('studio', [gone.id]));
    await waitFor(() =>
      expect(result.current).toEqual([
        { value: live.id, label: '侨联界别委员工作室' },
        { value: gone.id, label: '台联界别委员工作室（已删除）' },
      ]),
    );
    await restoreRecord('studio', gone.id, gone.rev + 1);
    await waitFor(() =>
      expect(result.current?.map((option) => option.label).sort()).toEqual(
        ['侨联界别委员工作室', '台联界别委员工作室'].sort(),
      ),
    );
  });

  it('does not offer a deleted studio nobody chose, and names an unknown id （未知记录）', async () => {
    const gone = await createRecord('studio', { name: '台联界别委员工作室', type: '界别' });
    await deleteRecord('studio', gone.id, gone.rev);
    const unknown = '5a3d1002-0000-4000-8000-0000000000ff';
    const { result } = renderHook(() => useRecordOptions('studio', [unknown]));
    await waitFor(() =>
      expect(result.current).toEqual([{ value: unknown, label: '（未知记录）' }]),
    );
  });
});
