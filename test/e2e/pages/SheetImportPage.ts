import type { Locator, Page } from '@playwright/test';
import type { ShellSession } from '../shellSession';
import { AppPage } from './AppPage';
import { ImportGridDialog } from './ImportGridDialog';

/** 导入导出 → 从 Excel/CSV 导入: the record type, 选择文件…, and the import dialog. */
export class SheetImportPage extends AppPage {
  constructor(
    page: Page,
    readonly shell: ShellSession,
  ) {
    super(page);
  }

  get section(): Locator {
    return this.page.getByRole('main');
  }

  /** Why the chosen file cannot be imported. */
  get error(): Locator {
    return this.section.getByRole('alert');
  }

  /** Chooses the record type, answers the 打开 dialog with `path`, and clicks 选择文件…. */
  async choose(kind: '委员' | '履职活动' | '捐赠', path: string): Promise<void> {
    await this.section.getByRole('radio', { name: kind }).check();
    const shell = this.shell.current;
    if (!shell) throw new Error('the shell is not running');
    shell.dialogs.answerOpen([path]);
    await this.section.getByRole('button', { name: '选择文件…' }).click();
  }

  /** The import dialog of a record type, once open. */
  dialog(kind: '委员' | '履职活动' | '捐赠'): SheetImportDialog {
    return new SheetImportDialog(this.page, kind);
  }
}

/** 从 Excel/CSV 导入…: the file line, the column choosers, the checked rows and 导入. */
export class SheetImportDialog extends ImportGridDialog {
  constructor(
    page: Page,
    readonly kind: string,
  ) {
    super(page, `从 Excel/CSV 导入${kind}`);
  }

  /** The 导入 button by its whole label, e.g. 导入 3 条履职活动. */
  importButton(label: string): Locator {
    return this.importButtonNamed(label);
  }

  /** 导入 …, and wait until the dialog has closed. */
  async import(label: string): Promise<void> {
    await this.importNamed(label);
  }
}
