import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronDialogs } from '../../../../electron/main/electronDialogs';
import { dialog, resetFakeElectron } from '../fakeElectron';

vi.mock('electron', () => import('../fakeElectron'));

describe('electronDialogs', () => {
  beforeEach(resetFakeElectron);

  it('asks before replacing a file, on every platform', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/台账.csv' });
    const chosen = await electronDialogs.showSave({ title: '导出台账', defaultName: '台账.csv' });
    expect(chosen).toBe('/home/u/台账.csv');
    const options = dialog.showSaveDialog.mock.calls[0]?.[0] as {
      properties: string[];
      defaultPath: string;
      title: string;
    };
    expect(options.properties).toContain('showOverwriteConfirmation');
    expect(options).toMatchObject({ defaultPath: '台账.csv', title: '导出台账' });
  });

  it('answers null when the save dialog is cancelled', async () => {
    expect(await electronDialogs.showSave({})).toBeNull();
  });

  it('lets the open dialog pick several files only when asked to', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a', '/b'] });
    expect(await electronDialogs.showOpen({ multiple: true })).toEqual(['/a', '/b']);
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      properties: ['openFile', 'multiSelections'],
    });
  });
});
