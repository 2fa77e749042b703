import { expect, type Locator, type Page } from '@playwright/test';

/** Ctrl+K: the search box, its results grouped by record type, and the marked matches. */
export class SearchDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '搜索' });
  }

  get input(): Locator {
    return this.dialog.getByRole('textbox', { name: '搜索' });
  }

  get results(): Locator {
    return this.dialog.getByRole('listbox', { name: '搜索结果' });
  }

  /** The results of one record type, e.g. 委员 or 履职活动. */
  group(label: string): Locator {
    return this.results.getByRole('group', { name: label, exact: true });
  }

  get groups(): Locator {
    return this.results.getByRole('group');
  }

  get options(): Locator {
    return this.results.getByRole('option');
  }

  /** The hit whose title is exactly `title` (its subtitle may follow). */
  option(title: string): Locator {
    return this.results.getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}(\\s|$)`) });
  }

  /** The parts of a hit's title that are marked as matching. */
  marks(option: Locator): Locator {
    return option.locator('mark');
  }

  /** Opens the dialog with Ctrl+K and waits until the caret is in the box. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.input).toBeFocused();
  }

  /** Replaces what is in the box, as typing would. */
  async search(text: string): Promise<void> {
    await this.input.fill(text);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
