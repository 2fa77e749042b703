import { createHash } from 'node:crypto';
import {
  existsSync,
  readFileSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { makeTestServices, TRUSTED_URL } from '../makeTestServices';

const MB = 1024 * 1024;

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function storedPath(dataDir: string, hash: string): string {
  return join(dataDir, 'attachments', hash.slice(0, 2), hash);
}

function allStored(dataDir: string): string[] {
  const root = join(dataDir, 'attachments');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, ...new TextEncoder().encode('青竹村 photo')]);

describe('attachments:put', () => {
  it('keeps dropped bytes under their SHA-256 and says what the record should hold', async () => {
    const { services, dataDir } = makeTestServices();
    const result = await dispatch(
      'attachments:put',
      {
        from: 'bytes',
        name: '郴州调研.jpg',
        mimeType: 'image/jpeg',
        sha256: sha(photo),
        data: photo,
      },
      TRUSTED_URL,
      services,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        sha256: sha(photo),
        name: '郴州调研.jpg',
        mimeType: 'image/jpeg',
        size: photo.byteLength,
        created: true,
      },
    });
    expect(new Uint8Array(readFileSync(storedPath(dataDir, sha(photo))))).toEqual(photo);
  });

  it('keeps one file for the same content added twice, under any name', async () => {
    const { services, dataDir } = makeTestServices();
    const put = (name: string) =>
      dispatch(
        'attachments:put',
        { from: 'bytes', name, mimeType: 'image/jpeg', sha256: sha(photo), data: photo },
        TRUSTED_URL,
        services,
      );
    await put('一.jpg');
    const second = await put('二.jpg');
    expect(second).toMatchObject({ ok: true, value: { name: '二.jpg', created: false } });
    expect(allStored(dataDir)).toEqual([sha(photo)]);
  });

  it('refuses bytes whose hash does not match, and writes nothing', async () => {
    const { services, dataDir } = makeTestServices();
    const result = await dispatch(
      'attachments:put',
      { from: 'bytes', name: 'a.jpg', mimeType: 'image/jpeg', sha256: 'a'.repeat(64), data: photo },
      TRUSTED_URL,
      services,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { channel: 'attachments:put', field: 'sha256' },
    });
    if (!result.ok) expect(result.error.message).toContain('SHA-256 不符');
    expect(allStored(dataDir)).toEqual([]);
  });

  it('refuses a file over 50 MB with the size in the message, and writes nothing', async () => {
    const { services, dataDir } = makeTestServices();
    const big = new Uint8Array(50 * MB + 1);
    const result = await dispatch(
      'attachments:put',
      { from: 'bytes', name: '航拍.jpg', mimeType: 'image/jpeg', sha256: sha(big), data: big },
      TRUSTED_URL,
      services,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe('附件“航拍.jpg”有 50.0 MB，超过 50 MB 的上限，未添加');
    expect(allStored(dataDir)).toEqual([]);
  });

  it('reads a file chosen in the 打开 dialog itself, once', async () => {
    const { services, dialogs, dataDir } = makeTestServices();
    const chosen = join(dataDir, '..', `dl-${Date.now()}-扫描件.pdf`);
    const pdf = Buffer.from('%PDF-1.4 扫描件');
    writeFileSync(chosen, pdf);
    dialogs.answerOpen([chosen]);
    await dispatch('files:open', {}, TRUSTED_URL, services);

    const first = await dispatch(
      'attachments:put',
      { from: 'path', path: chosen },
      TRUSTED_URL,
      services,
    );
    expect(first).toMatchObject({
      ok: true,
      value: {
        sha256: sha(pdf),
        name: chosen.split('/').pop(),
        mimeType: 'application/pdf',
        size: pdf.length,
      },
    });
    expect(readFileSync(storedPath(dataDir, sha(pdf)))).toEqual(pdf);

    const again = await dispatch(
      'attachments:put',
      { from: 'path', path: chosen },
      TRUSTED_URL,
      services,
    );
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('打开');
    rmSync(chosen);
  });

  it('refuses a path no dialog chose, without reading it', async () => {
    const { services, dataDir } = makeTestServices();
    const result = await dispatch(
      'attachments:put',
      { from: 'path', path: join(dataDir, 'settings.json') },
      TRUSTED_URL,
      services,
    );
    expect(result).toMatchObject({ ok: false, error: { field: 'path' } });
    expect(allStored(dataDir)).toEqual([]);
  });

  it('refuses a chosen file over the limit before reading it', async () => {
    const { services, dialogs, dataDir } = makeTestServices();
    const chosen = join(dataDir, '全景.tif');
    writeFileSync(chosen, new Uint8Array(50 * MB + 10));
    dialogs.answerOpen([chosen]);
    await dispatch('files:open', {}, TRUSTED_URL, services);
    const result = await dispatch(
      'attachments:put',
      { from: 'path', path: chosen },
      TRUSTED_URL,
      services,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('超过 50 MB 的上限');
    expect(allStored(dataDir)).toEqual([]);
  });

  it.each([
    [
      {
        from: 'bytes',
        name: 'a.jpg',
        mimeType: 'image/jpeg',
        sha256: 'a'.repeat(64),
        data: 'QUJD',
      },
      'data',
      '字节',
    ],
    [
      { from: 'bytes', name: '', mimeType: 'image/jpeg', sha256: 'a'.repeat(64), data: photo },
      'name',
      '文件名不能为空',
    ],
    [
      { from: 'bytes', name: 'a.jpg', mimeType: 'image/jpeg', sha256: 'XYZ', data: photo },
      'sha256',
      'SHA-256',
    ],
    [{ from: 'url', url: 'https://example.com/a.jpg' }, 'from', '来源'],
  ])('names the field of a bad argument (%#)', async (args, field, words) => {
    const { services, dataDir } = makeTestServices();
    const result = await dispatch('attachments:put', args, TRUSTED_URL, services);
    expect(result).toMatchObject({ ok: false, error: { channel: 'attachments:put', field } });
    if (!result.ok) {
      expect(result.error.message).toContain(`attachments:put 参数有误：字段 ${field}`);
      expect(result.error.message).toContain(words);
    }
    expect(allStored(dataDir)).toEqual([]);
  });

  it('refuses a caller from another origin', async () => {
    const { services, dataDir } = makeTestServices();
    const result = await dispatch(
      'attachments:put',
      { from: 'bytes', name: 'a.jpg', mimeType: 'image/jpeg', sha256: sha(photo), data: photo },
      'https://evil.example/',
      services,
    );
    expect(result.ok).toBe(false);
    expect(allStored(dataDir)).toEqual([]);
  });
});

async function store(services: ReturnType<typeof makeTestServices>['services'], bytes: Uint8Array) {
  const result = await dispatch(
    'attachments:put',
    { from: 'bytes', name: 'x.jpg', mimeType: 'image/jpeg', sha256: sha(bytes), data: bytes },
    TRUSTED_URL,
    services,
  );
  expect(result.ok).toBe(true);
}

describe('attachments:get and attachments:open', () => {
  it('reports a kept file with the URL to read it, and a deleted one as missing', async () => {
    const { services, dataDir } = makeTestServices();
    await store(services, photo);
    expect(
      await dispatch('attachments:get', { sha256: sha(photo) }, TRUSTED_URL, services),
    ).toEqual({
      ok: true,
      value: {
        status: 'present',
        sha256: sha(photo),
        size: photo.byteLength,
        url: `/attachments/${sha(photo)}`,
      },
    });
    rmSync(storedPath(dataDir, sha(photo)));
    expect(
      await dispatch('attachments:get', { sha256: sha(photo) }, TRUSTED_URL, services),
    ).toEqual({
      ok: true,
      value: { status: 'missing', sha256: sha(photo) },
    });
  });

  it('opens a copy named as the user knows it in the system viewer', async () => {
    const { services, opened } = makeTestServices();
    await store(services, photo);
    const result = await dispatch(
      'attachments:open',
      { sha256: sha(photo), name: '../../郴州 合影.jpg' },
      TRUSTED_URL,
      services,
    );
    expect(result).toEqual({ ok: true, value: { status: 'opened' } });
    expect(opened).toHaveLength(1);
    expect(opened[0]?.endsWith('/郴州 合影.jpg')).toBe(true);
    expect(opened[0]).toContain(join(services.dataDir, 'opened'));
    expect(new Uint8Array(readFileSync(opened[0] ?? ''))).toEqual(photo);
  });

  it('answers missing, and opens nothing, when the file is gone', async () => {
    const { services, opened } = makeTestServices();
    const result = await dispatch(
      'attachments:open',
      { sha256: sha(photo), name: 'a.jpg' },
      TRUSTED_URL,
      services,
    );
    expect(result).toEqual({ ok: true, value: { status: 'missing' } });
    expect(opened).toEqual([]);
  });

  it('refuses a hash that is not one', async () => {
    const { services } = makeTestServices();
    const result = await dispatch(
      'attachments:get',
      { sha256: '../settings.json' },
      TRUSTED_URL,
      services,
    );
    expect(result).toMatchObject({ ok: false, error: { field: 'sha256' } });
  });
});

describe('attachments:gc', () => {
  const old = (path: string) => {
    const longAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(path, longAgo, longAgo);
  };

  it('removes old files no record refers to, and keeps referenced and recent ones', async () => {
    const { services, dataDir } = makeTestServices();
    const kept = new Uint8Array([1, 2, 3]);
    const orphan = new Uint8Array([4, 5, 6]);
    const fresh = new Uint8Array([7, 8, 9]);
    for (const bytes of [kept, orphan, fresh]) await store(services, bytes);
    old(storedPath(dataDir, sha(kept)));
    old(storedPath(dataDir, sha(orphan)));
    const leftover = join(dataDir, 'attachments', sha(kept).slice(0, 2), `.${sha(kept)}.abc.tmp`);
    writeFileSync(leftover, 'half');
    old(leftover);

    const result = await dispatch('attachments:gc', { keep: [sha(kept)] }, TRUSTED_URL, services);
    expect(result).toEqual({ ok: true, value: { removed: 1, kept: 1, recent: 1 } });
    expect(existsSync(storedPath(dataDir, sha(kept)))).toBe(true);
    expect(existsSync(storedPath(dataDir, sha(orphan)))).toBe(false);
    expect(existsSync(storedPath(dataDir, sha(fresh)))).toBe(true);
    expect(existsSync(leftover)).toBe(false);
  });

  it('clears the viewer’s old copies, and keeps the one just opened', async () => {
    const { services, opened } = makeTestServices();
    await store(services, photo);
    await dispatch(
      'attachments:open',
      { sha256: sha(photo), name: '旧.jpg' },
      TRUSTED_URL,
      services,
    );
    const oldCopy = opened[0] ?? '';
    old(join(oldCopy, '..'));
    const other = new Uint8Array([1, 1, 1]);
    await store(services, other);
    await dispatch(
      'attachments:open',
      { sha256: sha(other), name: '新.jpg' },
      TRUSTED_URL,
      services,
    );
    await dispatch('attachments:gc', { keep: [sha(photo), sha(other)] }, TRUSTED_URL, services);
    expect(existsSync(oldCopy)).toBe(false);
    expect(existsSync(opened[1] ?? '')).toBe(true);
  });

  it('leaves files it does not own alone', async () => {
    const { services, dataDir } = makeTestServices();
    mkdirSync(join(dataDir, 'attachments', 'zz'), { recursive: true });
    const foreign = join(dataDir, 'attachments', 'zz', 'notes.txt');
    writeFileSync(foreign, 'mine');
    old(foreign);
    await dispatch('attachments:gc', { keep: [] }, TRUSTED_URL, services);
    expect(existsSync(foreign)).toBe(true);
  });

  it('refuses a keep list with a bad hash and removes nothing', async () => {
    const { services, dataDir } = makeTestServices();
    await store(services, photo);
    old(storedPath(dataDir, sha(photo)));
    const result = await dispatch('attachments:gc', { keep: ['nope'] }, TRUSTED_URL, services);
    expect(result).toMatchObject({ ok: false, error: { field: 'keep.0' } });
    expect(existsSync(storedPath(dataDir, sha(photo)))).toBe(true);
  });
});
