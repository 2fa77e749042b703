import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, BackupList } from '../../../../electron/contract';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { makeTestServices, TRUSTED_URL } from '../makeTestServices';

// A zip's local-header signature, then anything: the host checks the kind of file, not the bundle.
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('青竹村 records')]);
const COUNTS = { member: 3, activity: 12 };

function servicesAt(iso: string) {
  const made = makeTestServices();
  let now = new Date(iso);
  made.services.now = () => now;
  return {
    ...made,
    backups: join(made.dataDir, 'backups'),
    setNow: (next: string) => {
      now = new Date(next);
    },
  };
}

type Services = ReturnType<typeof makeTestServices>['services'];

function write(
  services: Services,
  reason: string,
  data: Buffer = ZIP,
  counts: unknown = COUNTS,
  attachments?: unknown,
) {
  return dispatch(
    'backup:write',
    {
      reason,
      data: new Uint8Array(data),
      counts,
      ...(attachments === undefined ? {} : { attachments }),
    },
    TRUSTED_URL,
    services,
  );
}

describe('backup:write', () => {
  it('writes the backup and its counts into <dataDir>/backups under a name of its own', async () => {
    const { services, backups } = servicesAt('2026-11-29T10:23:06.123Z');
    const result = await write(services, 'manual');
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'dutyledger-20261129T102306123Z-manual.dlbackup',
        kind: 'manual',
        createdAt: '2026-11-29T10:23:06.123Z',
        bytes: ZIP.byteLength,
        counts: COUNTS,
        attachments: null,
      },
    });
    expect(readFileSync(join(backups, 'dutyledger-20261129T102306123Z-manual.dlbackup'))).toEqual(
      ZIP,
    );
    expect(readdirSync(backups).sort()).toEqual([
      'dutyledger-20261129T102306123Z-manual.dlbackup',
      'dutyledger-20261129T102306123Z-manual.json',
    ]);
  });

  it('names the first automatic snapshot of a month monthly, the next ones daily', async () => {
    const { services, setNow } = servicesAt('2026-11-02T12:00:00.000Z');
    expect(await write(services, 'auto')).toMatchObject({ value: { kind: 'monthly' } });
    setNow('2026-11-03T12:00:00.000Z');
    expect(await write(services, 'auto')).toMatchObject({ value: { kind: 'daily' } });
    expect(await write(services, 'quit')).toMatchObject({ value: { kind: 'quit' } });
  });

  it('rotates the folder after writing, as many as 设置 says', async () => {
    const { services, backups, setNow } = servicesAt('2026-11-01T12:00:00.000Z');
    services.settings.update({ backupKeepDaily: 2 });
    await write(services, 'auto'); // the month's snapshot
    for (const day of ['02', '03', '04']) {
      setNow(`2026-11-${day}T12:00:00.000Z`);
      await write(services, 'auto');
    }
    expect(
      readdirSync(backups)
        .filter((n) => n.endsWith('.dlbackup'))
        .sort(),
    ).toEqual([
      'dutyledger-20261101T120000000Z-monthly.dlbackup',
      'dutyledger-20261103T120000000Z-daily.dlbackup',
      'dutyledger-20261104T120000000Z-daily.dlbackup',
    ]);
    expect(existsSync(join(backups, 'dutyledger-20261102T120000000Z-daily.json'))).toBe(false);
  });

  it('gives two backups in the same millisecond two names', async () => {
    const { services } = servicesAt('2026-11-29T10:00:00.000Z');
    const first = await write(services, 'manual');
    const second = await write(services, 'manual');
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({
      ok: true,
      value: { name: 'dutyledger-20261129T100000001Z-manual.dlbackup' },
    });
  });

  it.each([
    [
      'an unknown reason',
      { reason: 'weekly', data: new Uint8Array(ZIP), counts: COUNTS },
      '备份原因只能是',
    ],
    [
      'no content',
      { reason: 'manual', data: new Uint8Array(0), counts: COUNTS },
      '备份内容不能为空',
    ],
    [
      'content given as text, not bytes',
      { reason: 'manual', data: ZIP.toString('base64'), counts: COUNTS },
      '备份内容应为字节',
    ],
    [
      'a path given by the page',
      { reason: 'manual', data: new Uint8Array(ZIP), counts: COUNTS, name: '/tmp/x' },
      '',
    ],
    [
      'a negative count',
      { reason: 'manual', data: new Uint8Array(ZIP), counts: { member: -1 } },
      '',
    ],
    [
      'a count under a strange key',
      { reason: 'manual', data: new Uint8Array(ZIP), counts: { '../x': 1 } },
      '记录类型名称不正确',
    ],
  ])('refuses %s and writes nothing', async (_what, args, message) => {
    const { services, backups } = servicesAt('2026-11-29T10:00:00.000Z');
    const result = await dispatch('backup:write', args, TRUSTED_URL, services);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^backup:write 参数有误/);
      expect(result.error.message).toContain(message);
    }
    expect(existsSync(backups)).toBe(false);
  });

  it('refuses content that is not a zip, in Chinese, and writes nothing', async () => {
    const { services, backups } = servicesAt('2026-11-29T10:00:00.000Z');
    const result = await write(services, 'manual', Buffer.from('not a bundle'));
    expect(result).toMatchObject({
      ok: false,
      error: { message: '备份内容不是交接包格式（zip），未写入' },
    });
    expect(existsSync(backups)).toBe(false);
  });

  it('says the chosen folder is gone (an unplugged USB disk) instead of making it', async () => {
    const { services } = servicesAt('2026-11-29T10:00:00.000Z');
    const usb = join(mkdtempSync(join(tmpdir(), 'dl-usb-')), 'unplugged');
    services.settings.update({ backupFolder: usb });
    const result = await write(services, 'auto');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error.message).toContain('请插好 U 盘');
    expect(existsSync(usb)).toBe(false);
  });
});

describe('backup:list', () => {
  it('lists the backups newest first, with kind, time, size, counts and attachments', async () => {
    const { services, setNow, backups } = servicesAt('2026-11-28T12:00:00.000Z');
    await write(services, 'auto');
    setNow('2026-11-29T08:00:00.000Z');
    await write(services, 'manual', ZIP, { member: 4 }, 3);
    writeFileSync(join(backups, 'notes.txt'), 'not a backup');
    const result = await dispatch('backup:list', undefined, TRUSTED_URL, services);
    expect(result).toEqual({
      ok: true,
      value: {
        folder: backups,
        isDefaultFolder: true,
        entries: [
          {
            name: 'dutyledger-20261129T080000000Z-manual.dlbackup',
            kind: 'manual',
            createdAt: '2026-11-29T08:00:00.000Z',
            bytes: ZIP.byteLength,
            counts: { member: 4 },
            attachments: 3,
          },
          {
            name: 'dutyledger-20261128T120000000Z-monthly.dlbackup',
            kind: 'monthly',
            createdAt: '2026-11-28T12:00:00.000Z',
            bytes: ZIP.byteLength,
            counts: COUNTS,
            attachments: null,
          },
        ],
      },
    });
  });

  it('lists a backup whose note is missing or broken, without counts', async () => {
    const { services, backups } = servicesAt('2026-11-29T08:00:00.000Z');
    mkdirSync(backups);
    writeFileSync(join(backups, 'dutyledger-20261127T080000000Z-daily.dlbackup'), ZIP);
    writeFileSync(join(backups, 'dutyledger-20261126T080000000Z-daily.dlbackup'), ZIP);
    writeFileSync(join(backups, 'dutyledger-20261126T080000000Z-daily.json'), '{"counts": 7');
    const result = await dispatch('backup:list', undefined, TRUSTED_URL, services);
    expect(result.ok && (result.value as BackupList).entries.map((e) => e.counts)).toEqual([
      null,
      null,
    ]);
  });

  it('says a backup carries attachments only when its note says how many', async () => {
    const { services, backups } = servicesAt('2026-11-29T08:00:00.000Z');
    mkdirSync(backups);
    const notes: Record<string, string> = {
      '25': '{"counts": {"member": 1}, "attachments": 0}',
      '24': '{"counts": {"member": 1}, "attachments": -2}',
      '23': '{"counts": {"member": 1}, "attachments": "12"}',
      '22': '{"counts": {"member": 1}}',
    };
    for (const [day, note] of Object.entries(notes)) {
      writeFileSync(join(backups, `dutyledger-202611${day}T080000000Z-daily.dlbackup`), ZIP);
      writeFileSync(join(backups, `dutyledger-202611${day}T080000000Z-daily.json`), note);
    }
    const result = await dispatch('backup:list', undefined, TRUSTED_URL, services);
    expect(result.ok && (result.value as BackupList).entries.map((e) => e.attachments)).toEqual([
      0,
      null,
      null,
      null,
    ]);
  });

  it('refuses an attachment count that is not a whole number, and writes nothing', async () => {
    const { services, backups } = servicesAt('2026-11-29T08:00:00.000Z');
    for (const bad of [-1, 1.5, '3']) {
      const result = await write(services, 'manual', ZIP, COUNTS, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/附件数/);
    }
    expect(existsSync(backups)).toBe(false);
  });

  it('is empty before the first backup, and refuses arguments', async () => {
    const { services } = servicesAt('2026-11-29T08:00:00.000Z');
    expect(await dispatch('backup:list', undefined, TRUSTED_URL, services)).toMatchObject({
      ok: true,
      value: { entries: [] },
    });
    expect(await dispatch('backup:list', { folder: '/' }, TRUSTED_URL, services)).toMatchObject({
      ok: false,
      error: { message: 'backup:list 参数有误：此调用不接受参数' },
    });
  });
});

describe('backup:read', () => {
  it('reads a listed backup back, byte for byte', async () => {
    const { services } = servicesAt('2026-11-29T08:00:00.000Z');
    const written = await write(services, 'manual');
    const name = written.ok ? (written.value as BackupEntry).name : '';
    const result = await dispatch('backup:read', { name }, TRUSTED_URL, services);
    expect(result).toEqual({
      ok: true,
      value: { data: ZIP.toString('base64'), bytes: ZIP.length },
    });
  });

  it.each([
    ['a path that climbs out', '../settings.json'],
    ['an absolute path', '/etc/passwd'],
    ['a name not made by the host', 'backup.dlbackup'],
    ['a note instead of a backup', 'dutyledger-20261129T080000000Z-manual.json'],
  ])('refuses %s', async (_what, name) => {
    const { services } = servicesAt('2026-11-29T08:00:00.000Z');
    const result = await dispatch('backup:read', { name }, TRUSTED_URL, services);
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: 'backup:read 参数有误：字段 name 不是本程序生成的备份文件名',
        field: 'name',
      },
    });
  });

  it('says plainly when the backup is no longer there', async () => {
    const { services } = servicesAt('2026-11-29T08:00:00.000Z');
    const name = 'dutyledger-20261101T080000000Z-daily.dlbackup';
    const result = await dispatch('backup:read', { name }, TRUSTED_URL, services);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error.message).toContain('已不在备份文件夹中');
  });
});

describe('backup:chooseFolder', () => {
  it('moves the backups to the folder chosen in the dialog and writes new ones there', async () => {
    const { services, dialogs, backups, setNow } = servicesAt('2026-11-28T08:00:00.000Z');
    await write(services, 'manual');
    const usb = mkdtempSync(join(tmpdir(), 'dl-usb-'));
    dialogs.answerFolder(usb);
    const result = await dispatch('backup:chooseFolder', undefined, TRUSTED_URL, services);
    expect(result).toEqual({ ok: true, value: { status: 'moved', folder: usb, moved: 1 } });
    expect(readdirSync(backups)).toEqual([]);
    expect(readdirSync(usb).sort()).toEqual([
      'dutyledger-20261128T080000000Z-manual.dlbackup',
      'dutyledger-20261128T080000000Z-manual.json',
    ]);
    expect(services.settings.get().backupFolder).toBe(usb);
    setNow('2026-11-29T08:00:00.000Z');
    await write(services, 'manual');
    expect(readdirSync(usb)).toContain('dutyledger-20261129T080000000Z-manual.dlbackup');
    const list = await dispatch('backup:list', undefined, TRUSTED_URL, services);
    expect(list).toMatchObject({ ok: true, value: { folder: usb, isDefaultFolder: false } });
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const { services, dialogs } = servicesAt('2026-11-28T08:00:00.000Z');
    dialogs.answerFolder(null);
    const result = await dispatch('backup:chooseFolder', undefined, TRUSTED_URL, services);
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(services.settings.get().backupFolder).toBeNull();
  });

  it('refuses a file or a missing folder, and keeps the old folder', async () => {
    const { services, dialogs } = servicesAt('2026-11-28T08:00:00.000Z');
    const file = join(mkdtempSync(join(tmpdir(), 'dl-usb-')), 'a.txt');
    writeFileSync(file, 'x');
    dialogs.answerFolder(file);
    expect(await dispatch('backup:chooseFolder', undefined, TRUSTED_URL, services)).toMatchObject({
      ok: false,
      error: { message: `“${file}”不是文件夹` },
    });
    dialogs.answerFolder(join(file, 'nope'));
    const missing = await dispatch('backup:chooseFolder', undefined, TRUSTED_URL, services);
    expect(missing).toMatchObject({ ok: false });
    expect(services.settings.get().backupFolder).toBeNull();
  });
});

describe('settings:set for backups', () => {
  it('takes the rotation numbers and refuses bad ones in Chinese', async () => {
    const { services } = servicesAt('2026-11-28T08:00:00.000Z');
    expect(
      await dispatch(
        'settings:set',
        { backupKeepDaily: 5, backupKeepMonthly: 24 },
        TRUSTED_URL,
        services,
      ),
    ).toMatchObject({ ok: true, value: { backupKeepDaily: 5, backupKeepMonthly: 24 } });
    expect(
      await dispatch('settings:set', { backupKeepDaily: 0 }, TRUSTED_URL, services),
    ).toMatchObject({
      ok: false,
      error: { message: 'settings:set 参数有误：字段 backupKeepDaily 每日备份至少保留 1 份' },
    });
    expect(
      await dispatch('settings:set', { backupFolder: '/tmp' }, TRUSTED_URL, services),
    ).toMatchObject({ ok: false });
    expect(services.settings.get().backupFolder).toBeNull();
  });
});
