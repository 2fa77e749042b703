import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a malformed bridge call is refused with a message naming the channel and field', async ({
  app,
  dataDir,
}) => {
  const message = await app.evaluate(async () => {
    const api = window.dutyLedger as unknown as { settings: { set(a: unknown): Promise<unknown> } };
    try {
      await api.settings.set({ operatorName: 42 });
      return 'accepted';
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(message).toBe('settings:set 参数有误：字段 operatorName 经办人应为文字');
  await expect(readFile(join(dataDir, 'settings.json'), 'utf8')).rejects.toThrow();
});

test('the bridge exposes only the contract, frozen, and refuses unknown channels', async ({
  app,
}) => {
  const result = await app.evaluate(async () => {
    const api = window.dutyLedger as unknown as Record<string, Record<string, unknown>>;
    const verbs = Object.entries(api).flatMap(([d, a]) => Object.keys(a).map((v) => `${d}:${v}`));
    const invoke = (
      window as unknown as { __dutyLedgerInvoke: (c: string, a: unknown) => Promise<unknown> }
    ).__dutyLedgerInvoke;
    return {
      verbs: verbs.sort(),
      frozen: Object.isFrozen(api),
      unknown: await invoke('fs:rm', { path: '/' }),
    };
  });
  expect(result.verbs).toEqual([
    'app:info',
    'app:openLogFolder',
    'files:open',
    'files:read',
    'files:saveAs',
    'files:writeAtomic',
    'log:write',
    'settings:get',
    'settings:set',
  ]);
  expect(result.frozen).toBe(true);
  expect(result.unknown).toEqual({
    ok: false,
    error: { channel: 'fs:rm', message: '未知的调用：fs:rm' },
  });
});

test('reading a file the user never chose is refused', async ({ app }) => {
  const message = await app.evaluate(() =>
    window.dutyLedger!.files.read({ path: '/etc/passwd', encoding: 'utf8' }).then(
      () => 'read',
      (error: Error) => error.message,
    ),
  );
  expect(message).toBe('只能读取刚在“打开”对话框中选定的文件，请重新选择文件');
});

test('the page runs under a strict content security policy with no remote content', async ({
  app,
}) => {
  const blocked = await app.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
  expect(
    await app.evaluate(() => window.isSecureContext && typeof crypto.subtle === 'object'),
  ).toBe(true);
});
