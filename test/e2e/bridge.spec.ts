import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RENDERER_DIR } from '../../electron/shell/launchShell';
import { policyWeaknesses } from '../unit/electron/contentSecurityPolicyAudit';
import { expect, test } from './fixtures';

// These check what reaches settings.json: start without one (no 经办人 written beforehand).
test.use({ operatorName: '' });

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
    'attachments:gc',
    'attachments:get',
    'attachments:open',
    'attachments:put',
    'backup:chooseFolder',
    'backup:list',
    'backup:read',
    'backup:write',
    'files:beginWrite',
    'files:endWrite',
    'files:open',
    'files:read',
    'files:readChunk',
    'files:saveAs',
    'files:writeAtomic',
    'files:writeChunk',
    'log:write',
    'print:toPdf',
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

test('the built page and its header carry a strict policy with no inline script', async ({
  app,
}) => {
  const html = await readFile(join(DEFAULT_RENDERER_DIR, 'index.html'), 'utf8');
  const metas = [
    ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi),
  ];
  expect(metas).toHaveLength(1);
  const metaPolicy = metas[0]![1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  expect(policyWeaknesses(metaPolicy)).toEqual([]);

  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\.\/assets\//);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);

  const response = await app.reload();
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(policyWeaknesses(header)).toEqual([]);
  expect(header).toContain("frame-ancestors 'none'");
  expect(
    await app.evaluate(() => window.isSecureContext && typeof crypto.subtle === 'object'),
  ).toBe(true);
});

test('with no dialog program, saving asks inside the page and writes only where the user said', async ({
  app,
  dataDir,
}) => {
  const target = join(dataDir, '我的台账.csv');
  const chosen = app.evaluate(() =>
    window.dutyLedger!.files.saveAs({ title: '导出台账', defaultName: '台账.csv' }),
  );
  const dialog = app.getByRole('dialog', { name: '导出台账' });
  const field = dialog.getByRole('textbox', { name: '保存到' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(join(homedir(), '台账.csv'));
  await app.screenshot({
    path: test.info().outputPath('save-in-page.png'),
    animations: 'disabled',
  });
  await field.fill(target);
  await field.press('Enter');
  expect(await chosen).toBe(target);
  await expect(dialog).toHaveCount(0);

  const written = await app.evaluate(
    (path) => window.dutyLedger!.files.writeAtomic({ path, data: '姓名\n', encoding: 'utf8' }),
    target,
  );
  expect(written).toEqual({ path: target, bytes: 7 });
  expect(readFileSync(target, 'utf8')).toBe('姓名\n');
});

test('cancelling the in-page save question writes nothing', async ({ app }) => {
  const proposed = join(homedir(), `未选择-${Date.now()}.csv`);
  const chosen = app.evaluate(
    (name) => window.dutyLedger!.files.saveAs({ defaultName: name }),
    proposed.slice(homedir().length + 1),
  );
  const dialog = app.getByRole('dialog', { name: '保存文件' });
  await expect(dialog.getByRole('textbox', { name: '保存到' })).toHaveValue(proposed);
  await expect(dialog.getByRole('button', { name: '保存' })).toBeVisible();
  await app.keyboard.press('Escape');
  expect(await chosen).toBeNull();
  await expect(dialog).toHaveCount(0);

  const refused = await app.evaluate(
    (path) =>
      window.dutyLedger!.files.writeAtomic({ path, data: 'x', encoding: 'utf8' }).then(
        () => 'written',
        (error: Error) => error.message,
      ),
    proposed,
  );
  expect(refused).toContain('请重新选择保存位置');
  expect(existsSync(proposed)).toBe(false);
});

test('an unreadable settings file is set aside, the page says so, and the app starts on defaults', async ({
  shell,
  dataDir,
}) => {
  await writeFile(join(dataDir, 'settings.json'), '{"operatorName": 7');
  const page = await shell.launch();
  const notice = page.getByRole('dialog', { name: '设置已恢复为默认值' });
  await expect(notice).toContainText('设置文件无法读取');
  const setAside = readdirSync(dataDir).filter((name) => name.startsWith('settings.json.bad-'));
  expect(setAside).toHaveLength(1);
  await expect(notice).toContainText(join(dataDir, setAside[0]!));
  expect(readFileSync(join(dataDir, setAside[0]!), 'utf8')).toBe('{"operatorName": 7');

  await expect(notice.getByRole('button', { name: '知道了' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(() => window.dutyLedger!.settings.get())).toMatchObject({
    operatorName: '',
    committeeName: '省政协港澳台侨和外事委员会',
  });
});

test('bytes posted to the shell are written only when all of them arrived', async ({
  app,
  dataDir,
}) => {
  const post = (declared: number) =>
    app.evaluate(async (bytesDeclared) => {
      // A zip's first bytes: the backup handler takes nothing else.
      const body = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
      const response = await fetch('/attachments-upload', {
        method: 'POST',
        body: new Blob([body]),
        headers: {
          'X-Bridge-Channel': 'backup:write',
          'X-Bridge-Args': encodeURIComponent(JSON.stringify({ reason: 'manual', counts: {} })),
          'X-Bridge-Bytes': String(bytesDeclared),
        },
      });
      return (await response.json()) as { ok: boolean; error?: { message: string } };
    }, declared);
  const backups = () => {
    const folder = join(dataDir, 'backups');
    return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.dlbackup')) : [];
  };

  const cut = await post(4096);
  expect(cut.ok).toBe(false);
  expect(cut.error?.message).toBe('外壳只收到 8 / 4096 字节，未写入；请更新系统的 Chromium');
  expect(backups()).toEqual([]);

  expect((await post(8)).ok).toBe(true);
  expect(backups()).toHaveLength(1);
});
