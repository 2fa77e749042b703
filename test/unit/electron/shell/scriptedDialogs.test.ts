import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ScriptedDialogs, type PathRequest } from '../../../../electron/shell/scriptedDialogs';

function withoutNativeDialogs() {
  const homeDir = mkdtempSync(join(tmpdir(), 'dl-home-'));
  return { homeDir, dialogs: new ScriptedDialogs({ native: null, homeDir }) };
}

describe('ScriptedDialogs without a native dialog program', () => {
  it('never picks a save path by itself when nobody can be asked', async () => {
    const { homeDir, dialogs } = withoutNativeDialogs();
    expect(await dialogs.showSave({ defaultName: '台账.csv' })).toBeNull();
    expect(readdirSync(homeDir)).toEqual([]);
    expect(existsSync(join(homeDir, '履职台账导出'))).toBe(false);
  });

  it('asks inside the page, proposing the suggested name in the home folder', async () => {
    const { homeDir, dialogs } = withoutNativeDialogs();
    const ask = vi.fn(async (request: PathRequest) => `${request.proposed}.bak`);
    dialogs.askInPageWith(ask);
    const chosen = await dialogs.showSave({ title: '导出台账', defaultName: '台账.csv' });
    expect(ask).toHaveBeenCalledWith({
      kind: 'save',
      title: '导出台账',
      proposed: join(homeDir, '台账.csv'),
    });
    expect(chosen).toBe(join(homeDir, '台账.csv.bak'));
  });

  it('takes a bare name typed in the page as one in the home folder', async () => {
    const { homeDir, dialogs } = withoutNativeDialogs();
    dialogs.askInPageWith(async () => '改名.csv');
    expect(await dialogs.showSave({})).toBe(join(homeDir, '改名.csv'));
  });

  it('returns null when the user cancels the question in the page', async () => {
    const { dialogs } = withoutNativeDialogs();
    dialogs.askInPageWith(async () => null);
    expect(await dialogs.showSave({ defaultName: '台账.csv' })).toBeNull();
    expect(await dialogs.showOpen({})).toBeNull();
  });

  it('asks inside the page which file to open', async () => {
    const { dialogs } = withoutNativeDialogs();
    const ask = vi.fn(async () => '/home/u/交接.dlbundle');
    dialogs.askInPageWith(ask);
    expect(await dialogs.showOpen({ title: '导入交接包' })).toEqual(['/home/u/交接.dlbundle']);
    expect(ask).toHaveBeenCalledWith({ kind: 'open', title: '导入交接包', proposed: '' });
  });

  it('gives queued test answers before asking anyone', async () => {
    const { dialogs } = withoutNativeDialogs();
    const ask = vi.fn(async () => '/elsewhere');
    dialogs.askInPageWith(ask);
    dialogs.answerSave('/home/u/a.csv');
    dialogs.answerOpen(['/home/u/b.csv']);
    expect(await dialogs.showSave({})).toBe('/home/u/a.csv');
    expect(await dialogs.showOpen({})).toEqual(['/home/u/b.csv']);
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks inside the page for a folder, and takes a queued answer first', async () => {
    const { dialogs } = withoutNativeDialogs();
    const ask = vi.fn(async () => '/media/usb/备份');
    dialogs.askInPageWith(ask);
    dialogs.answerFolder('/media/queued');
    expect(await dialogs.showFolder({ title: '选择备份文件夹' })).toBe('/media/queued');
    expect(ask).not.toHaveBeenCalled();
    expect(await dialogs.showFolder({ title: '选择备份文件夹' })).toBe('/media/usb/备份');
    expect(ask).toHaveBeenCalledWith({ kind: 'folder', title: '选择备份文件夹', proposed: '' });
  });
});

describe('ScriptedDialogs with a native dialog program', () => {
  it('uses it, with overwrite confirmation, instead of the page', async () => {
    const native = vi.fn((_args: string[]) => '/home/u/台账.csv');
    const dialogs = new ScriptedDialogs({ native, homeDir: '/home/u' });
    const ask = vi.fn(async () => '/elsewhere');
    dialogs.askInPageWith(ask);
    expect(await dialogs.showSave({ defaultName: '台账.csv' })).toBe('/home/u/台账.csv');
    expect(native.mock.calls[0]?.[0]).toContain('--confirm-overwrite');
    expect(ask).not.toHaveBeenCalled();
  });
});
