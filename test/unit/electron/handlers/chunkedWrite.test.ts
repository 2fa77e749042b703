import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { makeTestServices, TRUSTED_URL } from '../makeTestServices';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A save-dialog choice next to the test's data folder, granted as the user picking it would. */
async function chosenTarget(name: string) {
  const setup = makeTestServices();
  const target = join(setup.dataDir, '..', `dl-${Date.now()}-${Math.random()}-${name}`);
  setup.dialogs.answerSave(target);
  await dispatch('files:saveAs', { defaultName: name }, TRUSTED_URL, setup.services);
  const call = (channel: string, args: unknown) =>
    dispatch(channel, args, TRUSTED_URL, setup.services);
  return { ...setup, target, call };
}

function temporaryFilesBeside(target: string): string[] {
  const name = target.split('/').pop()!;
  return readdirSync(dirname(target)).filter((file) => file.startsWith(`.${name}.`));
}

describe('files:beginWrite / writeChunk / endWrite', () => {
  it('writes the chunks in order and puts the file in place only on commit', async () => {
    const { target, call } = await chosenTarget('交接包.dlbundle');
    writeFileSync(target, '旧文件');
    const begun = await call('files:beginWrite', { path: target });
    expect(begun.ok).toBe(true);
    const { writeId } = (begun as { value: { writeId: string } }).value;

    expect(await call('files:writeChunk', { writeId, data: bytes('第一段，') })).toEqual({
      ok: true,
      value: { bytes: bytes('第一段，').length },
    });
    await call('files:writeChunk', { writeId, data: bytes('第二段') });
    // Until committed, a reader still sees the old file whole.
    expect(readFileSync(target, 'utf8')).toBe('旧文件');

    const done = await call('files:endWrite', { writeId, commit: true });
    expect(done).toEqual({
      ok: true,
      value: { path: target, bytes: bytes('第一段，第二段').length },
    });
    expect(readFileSync(target, 'utf8')).toBe('第一段，第二段');
    expect(temporaryFilesBeside(target)).toEqual([]);

    // The write is over: no more chunks, and no second commit.
    const late = await call('files:writeChunk', { writeId, data: bytes('迟到') });
    expect(late).toMatchObject({ ok: false, error: { field: 'writeId' } });
    expect(readFileSync(target, 'utf8')).toBe('第一段，第二段');
  });

  it('keeps the permissions of the file it replaces, as an atomic write does', async () => {
    const { target, call } = await chosenTarget('台账.xlsx');
    writeFileSync(target, '旧台账');
    chmodSync(target, 0o600);
    const begun = await call('files:beginWrite', { path: target });
    const { writeId } = (begun as { value: { writeId: string } }).value;
    await call('files:writeChunk', { writeId, data: bytes('新台账') });
    await call('files:endWrite', { writeId, commit: true });
    expect(readFileSync(target, 'utf8')).toBe('新台账');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('leaves the target as it was when the write is discarded (取消)', async () => {
    const { target, call } = await chosenTarget('取消.dlbundle');
    writeFileSync(target, '原有内容');
    const begun = await call('files:beginWrite', { path: target });
    const { writeId } = (begun as { value: { writeId: string } }).value;
    await call('files:writeChunk', { writeId, data: bytes('一半') });
    expect(await call('files:endWrite', { writeId, commit: false })).toEqual({
      ok: true,
      value: null,
    });
    expect(readFileSync(target, 'utf8')).toBe('原有内容');
    expect(temporaryFilesBeside(target)).toEqual([]);
  });

  it('writes only the file just chosen in the save dialog, once', async () => {
    const { target, call, dataDir } = await chosenTarget('一次.dlbundle');
    expect((await call('files:beginWrite', { path: target })).ok).toBe(true);
    const again = await call('files:beginWrite', { path: target });
    expect(again).toMatchObject({ ok: false, error: { field: 'path' } });
    if (!again.ok) expect(again.error.message).toContain('请重新选择保存位置');

    const elsewhere = join(dataDir, '..', `dl-${Date.now()}-未选.dlbundle`);
    expect(await call('files:beginWrite', { path: elsewhere })).toMatchObject({ ok: false });
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('refuses a chunk that is not bytes, an unknown write id and an oversized chunk', async () => {
    const { target, call } = await chosenTarget('坏参数.dlbundle');
    const begun = await call('files:beginWrite', { path: target });
    const { writeId } = (begun as { value: { writeId: string } }).value;

    const text = await call('files:writeChunk', { writeId, data: 'YWJj' });
    expect(text).toMatchObject({ ok: false, error: { field: 'data' } });
    if (!text.ok) expect(text.error.message).toContain('文件内容应为字节');

    const stranger = await call('files:writeChunk', {
      writeId: crypto.randomUUID(),
      data: bytes('x'),
    });
    expect(stranger).toMatchObject({ ok: false, error: { field: 'writeId' } });
    if (!stranger.ok) expect(stranger.error.message).toContain('请重新保存');

    const huge = await call('files:writeChunk', {
      writeId,
      data: new Uint8Array(16 * 1024 * 1024 + 1),
    });
    expect(huge).toMatchObject({ ok: false, error: { field: 'data' } });
    if (!huge.ok) expect(huge.error.message).toContain('16 MB');

    await call('files:endWrite', { writeId, commit: false });
    expect(existsSync(target)).toBe(false);
  });
});
