import { expect, type Locator, type Page } from '@playwright/test';
import type { ShellSession } from '../shellSession';
import { AppPage } from './AppPage';

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
export class SheetImportDialog {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly kind: string,
  ) {
    this.root = page.getByRole('dialog', { name: `从 Excel/CSV 导入${kind}` });
  }

  /** 共 N 行：可导入 … */
  get summary(): Locator {
    return this.root.getByRole('status');
  }

  get badRows(): Locator {
    return this.root.getByRole('group', { name: '不能导入的行' });
  }

  column(n: number): Locator {
    return this.root.getByRole('combobox', { name: `第${n}列导入为` });
  }

  chosenField(n: number): Locator {
    return this.column(n).locator('option:checked');
  }

  /** The grid row of a sheet's row number. */
  row(line: number): Locator {
    return this.root
      .getByRole('row')
      .filter({ has: this.page.getByRole('checkbox', { name: `导入第${line}行` }) });
  }

  rowCheckbox(line: number): Locator {
    return this.root.getByRole('checkbox', { name: `导入第${line}行` });
  }

  importButton(label: string): Locator {
    return this.root.getByRole('button', { name: label });
  }

  async mapColumn(n: number, label: string): Promise<void> {
    await this.column(n).selectOption({ label });
  }

  /** 导入 …, and wait until the dialog has closed. */
  async import(label: string): Promise<void> {
    await this.importButton(label).click();
    await expect(this.root).toBeHidden();
  }
}
