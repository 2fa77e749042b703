import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SHELL_ORIGIN } from '../../../electron/shell/shellOrigin';
import type { ShellSession } from '../shellSession';

/**
 * The attachments' development page (renderer/harness.html): a form with 开始日期, 结束日期 and
 * 附件, and a 新增活动 button that takes a field trip's photos, in the real shell.
 */
export class AttachmentsHarnessPage {
  readonly field: Locator;
  readonly newActivity: Locator;

  constructor(
    readonly page: Page,
    private readonly shell: ShellSession,
  ) {
    this.field = page.getByRole('group', { name: '附件' });
    this.newActivity = page.getByRole('button', { name: '新增活动' });
  }

  async open(): Promise<void> {
    await this.page.goto(`${SHELL_ORIGIN}/harness.html`);
    await expect(this.page.getByRole('heading', { level: 1, name: '附件测试页' })).toBeVisible();
  }

  /** Chooses files in the host's 打开 dialog, as the user would after 添加文件…. */
  async addByDialog(paths: string[]): Promise<void> {
    const shell = this.shell.current;
    if (!shell) throw new Error('the shell is not running');
    shell.dialogs.answerOpen(paths);
    await this.field.getByRole('button', { name: '添加文件…' }).click();
    await expect(this.field).toHaveAttribute('aria-busy', 'false');
  }

  /** Drops files from disk on `target` (the field's drop zone unless given). */
  async drop(paths: string[], target: Locator = this.field.getByTestId('attachments-drop')) {
    await dropFiles(this.page, paths, target);
  }

  /** A drop of a file made in the page, `megabytes` large. */
  async dropGenerated(name: string, megabytes: number): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, size]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(size)], fileName, { type: 'image/jpeg' }));
        return transfer;
      },
      [name, megabytes * 1024 * 1024] as const,
    );
    await this.field.getByTestId('attachments-drop').dispatchEvent('drop', { dataTransfer });
  }

  item(name: string): Locator {
    return this.items().filter({ hasText: name });
  }

  items(): Locator {
    return this.field.getByRole('list', { name: '已添加的附件' }).getByRole('listitem');
  }

  /** True once the item's thumbnail has been decoded and drawn. */
  async thumbnailShown(name: string): Promise<boolean> {
    return this.item(name)
      .locator('img')
      .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  }
}

/** Drops files from disk on `target`, as dragging them from the file manager would. */
export async function dropFiles(page: Page, paths: string[], target: Locator): Promise<void> {
  const files = await Promise.all(
    paths.map(async (path) => ({ name: basename(path), bytes: [...(await readFile(path))] })),
  );
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, bytes } of list) {
      const type = name.endsWith('.jpg') ? 'image/jpeg' : '';
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
    }
    return transfer;
  }, files);
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
