import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a user sees it: the sidebar, the page heading, the status line. */
export class AppPage {
  constructor(readonly page: Page) {}

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: '主导航' });
  }

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 }).first();
  }

  get status(): Locator {
    return this.page.getByRole('contentinfo').getByRole('status');
  }

  /** 草稿箱: the notice of forms left unsaved when the app last closed. */
  get draftBox(): Locator {
    return this.page.getByRole('alert').filter({ hasText: '草稿箱' });
  }

  /** 撤销 / 重做 in the header. */
  get undoButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: '撤销' });
  }

  get redoButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: '重做' });
  }

  /** A message the app shows for a moment, e.g. 已撤销：…; the newest when several show. */
  toast(text: string): Locator {
    return this.page.getByText(text, { exact: true }).last();
  }

  async open(name: string): Promise<void> {
    await this.sidebar.getByRole('link', { name, exact: true }).click();
    await expect(this.heading).toHaveText(name);
  }
}
