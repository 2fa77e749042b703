import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { makeTestServices, TRUSTED_URL } from '../makeTestServices';

describe('files:saveAs suggested name', () => {
  it.each([
    '../台账.csv',
    'exports/台账.csv',
    'exports\\台账.csv',
    '/etc/cron.d/job',
    'C:台账.csv',
    '..',
    '台账\0.csv',
  ])('refuses %j before any dialog opens, naming the field', async (defaultName) => {
    const { services, dialogs } = makeTestServices();
    const showSave = vi.spyOn(dialogs, 'showSave');
    const result = await dispatch('files:saveAs', { defaultName }, TRUSTED_URL, services);
    expect(result).toMatchObject({ ok: false, error: { field: 'defaultName' } });
    if (!result.ok) expect(result.error.message).toMatch(/建议的文件名/);
    expect(showSave).not.toHaveBeenCalled();
  });

  it('passes a plain Chinese file name to the dialog', async () => {
    const { services, dialogs } = makeTestServices();
    const showSave = vi.spyOn(dialogs, 'showSave');
    dialogs.answerSave(null);
    const result = await dispatch(
      'files:saveAs',
      { defaultName: '2021年 履职台账.xlsx' },
      TRUSTED_URL,
      services,
    );
    expect(result).toEqual({ ok: true, value: null });
    expect(showSave).toHaveBeenCalledWith({ defaultName: '2021年 履职台账.xlsx' });
  });
});
