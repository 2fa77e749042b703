import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Dialogs } from '../services/hostServices';

/**
 * The shell's file dialogs. Tests queue answers (`answerSave`, `answerOpen`, null = cancel);
 * without one, zenity is used where installed, and a save otherwise lands in ~/履职台账导出.
 */
export class ScriptedDialogs implements Dialogs {
  private readonly saves: (string | null)[] = [];
  private readonly opens: (string[] | null)[] = [];

  answerSave(path: string | null): void {
    this.saves.push(path);
  }

  answerOpen(paths: string[] | null): void {
    this.opens.push(paths);
  }

  async showSave(options: { title?: string; defaultName?: string }): Promise<string | null> {
    if (this.saves.length > 0) return this.saves.shift() ?? null;
    const zenity = runZenity([
      '--file-selection',
      '--save',
      '--confirm-overwrite',
      `--title=${options.title ?? '保存'}`,
      `--filename=${options.defaultName ?? ''}`,
    ]);
    if (zenity !== undefined) return zenity;
    const folder = join(homedir(), '履职台账导出');
    mkdirSync(folder, { recursive: true });
    return join(folder, options.defaultName ?? `导出-${Date.now()}`);
  }

  async showOpen(options: { title?: string; multiple?: boolean }): Promise<string[] | null> {
    if (this.opens.length > 0) return this.opens.shift() ?? null;
    const args = ['--file-selection', `--title=${options.title ?? '打开'}`];
    if (options.multiple) args.push('--multiple', '--separator=\n');
    const zenity = runZenity(args);
    return zenity ? zenity.split('\n') : null;
  }
}

/** undefined: zenity is not there; null: the user cancelled. */
function runZenity(args: string[]): string | null | undefined {
  const result = spawnSync('zenity', args, { encoding: 'utf8' });
  if (result.error) return undefined;
  if (result.status !== 0) return null;
  return result.stdout.trim() || null;
}
