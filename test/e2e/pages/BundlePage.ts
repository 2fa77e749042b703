import { expect, type Locator, type Page } from '@playwright/test';
import type { ShellSession } from '../shellSession';
import { AppPage } from './AppPage';

/** 导入导出 → 导出交接包 and 导入交接包, as a user works them. */
export class BundlePage extends AppPage {
  constructor(
    page: Page,
    private readonly shell: ShellSession,
  ) {
    super(page);
  }

  get exportSection(): Locator {
    return this.page
      .getByRole('main')
      .locator('.ant-card')
      .filter({
        has: this.page.getByRole('heading', { name: '导出交接包' }),
      });
  }

  get importSection(): Locator {
    return this.page
      .getByRole('main')
      .locator('.ant-card')
      .filter({
        has: this.page.getByRole('heading', { name: '导入交接包' }),
      });
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: '导入预览' });
  }

  /** The outcome line of a section (status or alert). */
  outcome(section: Locator): Locator {
    return section.locator('.ant-alert');
  }

  /** Exports with the section's current choices to `path`; waits for 已导出. */
  async exportTo(path: string, options: { passphrase?: string } = {}): Promise<void> {
    await this.open('导入导出');
    if (options.passphrase) {
      await this.exportSection.getByLabel('口令（可不填）').fill(options.passphrase);
      await this.exportSection.getByLabel('再次输入口令').fill(options.passphrase);
    }
    this.shell.current!.dialogs.answerSave(path);
    await this.exportSection.getByRole('button', { name: '导出交接包…' }).click();
    await expect(this.outcome(this.exportSection)).toContainText('已导出交接包', {
      timeout: 60_000,
    });
  }

  /** 选择交接包… answered with `path`. */
  async choose(path: string): Promise<void> {
    await this.open('导入导出');
    this.shell.current!.dialogs.answerOpen([path]);
    await this.importSection.getByRole('button', { name: '选择交接包…' }).click();
  }

  /** The counts line of a record type in the preview: 新增 2 · 更新 0 · …. */
  counts(kindLabel: string): Locator {
    return this.preview
      .getByRole('region', { name: kindLabel, exact: true })
      .locator('.import-counts');
  }

  /** The choice for a conflicting record, by its title. */
  conflict(title: string): Locator {
    return this.preview.getByRole('radiogroup', { name: new RegExp(`“${title}”`) });
  }

  /** 导入, and wait for the outcome. */
  async importNow(): Promise<void> {
    await this.preview.getByRole('button', { name: '导入', exact: true }).click();
    await expect(this.preview).toBeHidden({ timeout: 60_000 });
  }
}
