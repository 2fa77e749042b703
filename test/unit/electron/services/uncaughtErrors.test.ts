import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileLogger } from '../../../../electron/services/logger';
import { reportUncaughtErrors, startOrQuit } from '../../../../electron/services/uncaughtErrors';

function logInTempDir() {
  return createFileLogger(mkdtempSync(join(tmpdir(), 'dl-errors-')));
}

describe('reportUncaughtErrors', () => {
  it('logs an uncaught exception with its stack and shows it, naming the log', () => {
    const source = new EventEmitter();
    const log = logInTempDir();
    const show = vi.fn();
    reportUncaughtErrors(source, log, show);
    source.emit('uncaughtException', new Error('磁盘已满'));
    const written = readFileSync(log.file, 'utf8');
    expect(written).toContain('[error] [main] uncaught exception: 磁盘已满');
    expect(written).toMatch(/at .*uncaughtErrors\.test\.ts/);
    expect(show).toHaveBeenCalledWith(
      '履职台账出现意外错误',
      `磁盘已满\n\n详情已写入日志：${log.file}`,
    );
  });

  it('logs and shows an unhandled rejection, once per message', () => {
    const source = new EventEmitter();
    const log = logInTempDir();
    const show = vi.fn();
    reportUncaughtErrors(source, log, show);
    source.emit('unhandledRejection', '备份失败');
    source.emit('unhandledRejection', '备份失败');
    expect(readFileSync(log.file, 'utf8').match(/unhandled rejection: 备份失败/g)).toHaveLength(2);
    expect(show).toHaveBeenCalledTimes(1);
    expect(show.mock.calls[0]?.[1]).toContain('备份失败');
  });
});

describe('startOrQuit', () => {
  it('tells the user and quits when start-up fails, never leaving a process without a window', async () => {
    const log = logInTempDir();
    const show = vi.fn();
    const quit = vi.fn();
    const started = await startOrQuit(
      () => {
        throw new Error('无法创建窗口');
      },
      log,
      show,
      quit,
    );
    expect(started).toBe(false);
    expect(show).toHaveBeenCalledWith(
      '履职台账无法启动',
      `无法创建窗口\n\n详情已写入日志：${log.file}`,
    );
    expect(quit).toHaveBeenCalledWith(1);
    expect(readFileSync(log.file, 'utf8')).toContain('start-up failed: 无法创建窗口');
  });

  it('does nothing more when start-up succeeds', async () => {
    const show = vi.fn();
    const quit = vi.fn();
    expect(await startOrQuit(async () => undefined, logInTempDir(), show, quit)).toBe(true);
    expect(show).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });
});
