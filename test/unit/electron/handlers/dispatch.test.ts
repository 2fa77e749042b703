import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { makeTestServices, TRUSTED_URL } from '../makeTestServices';

async function call(channel: unknown, args: unknown, sender = TRUSTED_URL) {
  const setup = makeTestServices();
  return { setup, result: await dispatch(channel, args, sender, setup.services) };
}

describe('dispatch: refusals', () => {
  it('refuses an unknown channel, naming it', async () => {
    const { result } = await call('fs:rm', { path: '/' });
    expect(result).toEqual({
      ok: false,
      error: { channel: 'fs:rm', message: '未知的调用：fs:rm' },
    });
  });

  it('refuses a caller from another origin', async () => {
    const { result } = await call('settings:get', undefined, 'https://evil.example/');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('未受信任');
  });

  it('names the channel and the field of a bad argument', async () => {
    const { result } = await call('settings:set', { operatorName: 42 });
    expect(result).toMatchObject({
      ok: false,
      error: { channel: 'settings:set', field: 'operatorName' },
    });
    if (!result.ok)
      expect(result.error.message).toBe('settings:set 参数有误：字段 operatorName 经办人应为文字');
  });

  it('says in Chinese what is wrong with an argument of the wrong shape, and changes nothing', async () => {
    for (const args of ['x', null, { backupFolder: '/tmp' }]) {
      const { result, setup } = await call('settings:set', args);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).not.toMatch(/expected|Invalid|Unrecognized/);
      expect(setup.services.settings.get().backupFolder).toBeNull();
    }
    const { result } = await call('settings:set', 'x');
    if (!result.ok)
      expect(result.error.message).toBe(
        'settings:set 参数有误：无效输入：期望 object，实际接收 string',
      );
  });

  it('refuses a 经办人 or 单位名称 with a control character, which would reach every record', async () => {
    for (const operatorName of ['张三\u0000', '张\n三', '张三\u202e']) {
      const { result, setup } = await call('settings:set', { operatorName });
      expect(result).toMatchObject({ ok: false, error: { field: 'operatorName' } });
      expect(setup.services.settings.get().operatorName).toBe('');
    }
    const { result } = await call('settings:set', { committeeName: '省政协\t港澳委' });
    expect(result).toMatchObject({ ok: false, error: { field: 'committeeName' } });
  });

  it('refuses fields the renderer may not set', async () => {
    const { result, setup } = await call('settings:set', { windowState: { width: 1, height: 1 } });
    expect(result.ok).toBe(false);
    expect(setup.services.settings.get().windowState).toBeNull();
  });

  it('refuses arguments to a channel that takes none', async () => {
    const { result } = await call('app:info', { sneaky: true });
    expect(result.ok).toBe(false);
  });
});

describe('dispatch: settings', () => {
  it('saves 经办人 and 单位名称 to the settings file, trimmed', async () => {
    const { services, dataDir } = makeTestServices();
    const result = await dispatch(
      'settings:set',
      { operatorName: '  王小明 ', committeeName: '省政协港澳台侨和外事委员会' },
      TRUSTED_URL,
      services,
    );
    expect(result).toMatchObject({ ok: true, value: { operatorName: '王小明' } });
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({
      operatorName: '王小明',
      committeeName: '省政协港澳台侨和外事委员会',
    });
  });

  it('refuses an empty 单位名称 and keeps the old one', async () => {
    const { services } = makeTestServices();
    const before = services.settings.get().committeeName;
    const result = await dispatch('settings:set', { committeeName: '   ' }, TRUSTED_URL, services);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('单位名称不能为空');
    expect(services.settings.get().committeeName).toBe(before);
  });
});

describe('dispatch: files', () => {
  it('writes once to the file the user chose in the save dialog, and never reads it', async () => {
    const { services, dialogs, dataDir } = makeTestServices();
    const target = join(dataDir, '..', `dl-${Date.now()}-台账.csv`);
    dialogs.answerSave(target);
    const chosen = await dispatch(
      'files:saveAs',
      { defaultName: '台账.csv' },
      TRUSTED_URL,
      services,
    );
    expect(chosen).toEqual({ ok: true, value: target });

    const write = (data: string) =>
      dispatch(
        'files:writeAtomic',
        { path: target, data, encoding: 'utf8' },
        TRUSTED_URL,
        services,
      );
    expect(await write('\ufeff姓名,类别\n李微微,其他\n')).toMatchObject({ ok: true });
    expect(readFileSync(target, 'utf8')).toBe('\ufeff姓名,类别\n李微微,其他\n');

    const again = await write('覆盖');
    expect(again).toMatchObject({ ok: false, error: { field: 'path' } });
    if (!again.ok) expect(again.error.message).toContain('请重新选择保存位置');
    expect(readFileSync(target, 'utf8')).toBe('\ufeff姓名,类别\n李微微,其他\n');

    const read = await dispatch(
      'files:read',
      { path: target, encoding: 'utf8' },
      TRUSTED_URL,
      services,
    );
    expect(read).toMatchObject({ ok: false, error: { field: 'path' } });
  });

  it('reads once the file the user chose in the open dialog, and never writes it', async () => {
    const { services, dialogs, dataDir } = makeTestServices();
    const source = join(dataDir, '..', `dl-${Date.now()}-导入.csv`);
    writeFileSync(source, '姓名\n李微微\n');
    dialogs.answerOpen([source]);
    expect(await dispatch('files:open', {}, TRUSTED_URL, services)).toEqual({
      ok: true,
      value: [source],
    });

    const overwrite = await dispatch(
      'files:writeAtomic',
      { path: source, data: '篡改', encoding: 'utf8' },
      TRUSTED_URL,
      services,
    );
    expect(overwrite).toMatchObject({ ok: false, error: { field: 'path' } });
    expect(readFileSync(source, 'utf8')).toBe('姓名\n李微微\n');

    const read = () =>
      dispatch('files:read', { path: source, encoding: 'base64' }, TRUSTED_URL, services);
    const first = await read();
    expect(
      first.ok && Buffer.from((first.value as { data: string }).data, 'base64').toString('utf8'),
    ).toBe('姓名\n李微微\n');
    expect(await read()).toMatchObject({ ok: false, error: { field: 'path' } });
  });

  it('returns null and grants nothing when the dialog is cancelled', async () => {
    const { services, dialogs, dataDir } = makeTestServices();
    dialogs.answerSave(null);
    expect(await dispatch('files:saveAs', {}, TRUSTED_URL, services)).toEqual({
      ok: true,
      value: null,
    });
    const stray = join(dataDir, '..', 'stray.txt');
    const result = await dispatch(
      'files:writeAtomic',
      { path: stray, data: 'x', encoding: 'utf8' },
      TRUSTED_URL,
      services,
    );
    expect(result.ok).toBe(false);
    expect(existsSync(stray)).toBe(false);
  });

  it('refuses to read a path no dialog granted', async () => {
    const { services } = makeTestServices();
    const result = await dispatch(
      'files:read',
      { path: '/etc/passwd', encoding: 'utf8' },
      TRUSTED_URL,
      services,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { field: 'path', message: '只能读取刚在“打开”对话框中选定的文件，请重新选择文件' },
    });
  });

  it('refuses a relative path', async () => {
    const { services } = makeTestServices();
    const result = await dispatch(
      'files:read',
      { path: '../x', encoding: 'utf8' },
      TRUSTED_URL,
      services,
    );
    expect(result.ok).toBe(false);
  });

  it('says in Chinese that the folder is missing when a write cannot start', async () => {
    const { services, dataDir } = makeTestServices();
    const bad = await dispatch(
      'files:writeAtomic',
      { path: join(dataDir, 'exports', 'missing-dir', 'x.txt'), data: 'x', encoding: 'utf8' },
      TRUSTED_URL,
      services,
    );
    expect(bad).toMatchObject({ ok: false, error: { field: 'path' } });
    if (!bad.ok) expect(bad.error.message).toBe('无法写入文件：文件或文件夹不存在');
  });

  it('refuses an unknown encoding', async () => {
    const { result } = await call('files:read', { path: '/tmp/x', encoding: 'latin1' });
    expect(result).toMatchObject({ ok: false, error: { field: 'encoding' } });
  });
});

describe('dispatch: app and log', () => {
  it('tells the versions and the data folder', async () => {
    const { services, dataDir } = makeTestServices();
    const result = await dispatch('app:info', undefined, TRUSTED_URL, services);
    expect(result).toMatchObject({
      ok: true,
      value: { appName: '履职台账', host: 'chromium-shell', dataDir },
    });
  });

  it('writes renderer errors to the log file and opens the log folder', async () => {
    const { services, opened } = makeTestServices();
    await dispatch(
      'log:write',
      { level: 'error', message: '界面出错：测试' },
      TRUSTED_URL,
      services,
    );
    expect(readFileSync(services.log.file, 'utf8')).toContain('[renderer] 界面出错：测试');
    await dispatch('app:openLogFolder', undefined, TRUSTED_URL, services);
    expect(opened).toEqual([services.logDir]);
  });
});
