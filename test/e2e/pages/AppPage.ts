import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a user sees it: the sidebar, the page heading, the status line. */
export class AppPage {
  constructor(readonly page: Page) {}

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: '主导航' });
  }

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 3 }).first();
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  async open(name: string): Promise<void> {
    await this.sidebar.getByRole('link', { name, exact: true }).click();
    await expect(this.heading).toHaveText(name);
  }
}
