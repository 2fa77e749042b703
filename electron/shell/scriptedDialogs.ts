import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Dialogs } from '../services/hostServices';
import { runZenity, type NativeDialog } from './zenity';

/** A question for the user about a path, asked inside the page. */
export interface PathRequest {
  kind: 'save' | 'open' | 'folder';
  title: string;
  /** The path offered for editing; empty when there is nothing to propose. */
  proposed: string;
}

/** Asks the user in the page; null when the user cancelled. */
export type AskInPage = (request: PathRequest) => Promise<string | null>;

export interface ScriptedDialogsOptions {
  /** The system's dialog program; null where there is none. zenity by default. */
  native?: NativeDialog | null;
  /** Where a proposed save goes and where a bare typed name lands. */
  homeDir?: string;
}

/**
 * The shell's file dialogs. Tests queue answers (`answerSave`, `answerOpen`, null = cancel);
 * without one, zenity is used where installed, and otherwise the user is asked inside the page.
 * A path is never chosen for the user: with nobody to ask, the answer is "cancelled".
 */
export class ScriptedDialogs implements Dialogs {
  private readonly saves: (string | null)[] = [];
  private readonly opens: (string[] | null)[] = [];
  private readonly folders: (string | null)[] = [];
  private readonly native: NativeDialog | null;
  private readonly homeDir: string;
  private askInPage: AskInPage | null = null;

  constructor(options: ScriptedDialogsOptions = {}) {
    this.native = options.native === undefined ? runZenity : options.native;
    this.homeDir = options.homeDir ?? homedir();
  }

  answerSave(path: string | null): void {
    this.saves.push(path);
  }

  answerOpen(paths: string[] | null): void {
    this.opens.push(paths);
  }

  answerFolder(path: string | null): void {
    this.folders.push(path);
  }

  /** Sets how to ask inside the page once there is a page to ask in. */
  askInPageWith(ask: AskInPage | null): void {
    this.askInPage = ask;
  }

  async showSave(options: { title?: string; defaultName?: string }): Promise<string | null> {
    if (this.saves.length > 0) return this.saves.shift() ?? null;
    const title = options.title ?? '保存文件';
    const native = this.native?.([
      '--file-selection',
      '--save',
      '--confirm-overwrite',
      `--title=${title}`,
      `--filename=${options.defaultName ?? ''}`,
    ]);
    if (native !== undefined) return native;
    const proposed = join(this.homeDir, options.defaultName ?? '');
    return this.ask({ kind: 'save', title, proposed });
  }

  async showOpen(options: { title?: string; multiple?: boolean }): Promise<string[] | null> {
    if (this.opens.length > 0) return this.opens.shift() ?? null;
    const title = options.title ?? '打开文件';
    const args = ['--file-selection', `--title=${title}`];
    if (options.multiple) args.push('--multiple', '--separator=\n');
    const native = this.native?.(args);
    if (native !== undefined) return native ? native.split('\n') : null;
    const chosen = await this.ask({ kind: 'open', title, proposed: '' });
    return chosen ? [chosen] : null;
  }

  async showFolder(options: { title?: string }): Promise<string | null> {
    if (this.folders.length > 0) return this.folders.shift() ?? null;
    const title = options.title ?? '选择文件夹';
    const native = this.native?.(['--file-selection', '--directory', `--title=${title}`]);
    if (native !== undefined) return native;
    return this.ask({ kind: 'folder', title, proposed: '' });
  }

  private async ask(request: PathRequest): Promise<string | null> {
    if (!this.askInPage) return null;
    const answer = (await this.askInPage(request))?.trim();
    return answer ? resolve(this.homeDir, answer) : null;
  }
}
