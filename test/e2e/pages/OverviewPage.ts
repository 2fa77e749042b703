import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** 总览: the record tiles, the year chooser and the year's sections, each figure a link. */
export class OverviewPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** 年份: the year the sections show. */
  get year(): Locator {
    return this.main.getByRole('combobox', { name: '年份' });
  }

  async chooseYear(year: number): Promise<void> {
    await this.year.selectOption(String(year));
    await expect(this.section(`${year}年履职活动`)).toBeVisible();
  }

  /** A section by its heading (2020年履职活动, 2020年捐赠, 待办 …). */
  section(title: string): Locator {
    return this.main.getByRole('region', { name: title, exact: true });
  }

  /** A figure by its full name (“2020年 其他 3 条”): the link to the list behind it. */
  figure(name: string): Locator {
    return this.main.getByRole('link', { name, exact: true });
  }

  /** The figures of a section's table (按类型, 按月份 …): the links in its rows. */
  tableFigures(caption: string): Locator {
    return this.main.getByRole('table', { name: caption }).getByRole('link');
  }
}
