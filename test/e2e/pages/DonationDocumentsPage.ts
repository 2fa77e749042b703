import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** 感谢信 and 专项捐赠汇总: opened from a 专项's page and from a donation's form. */
export class DonationDocumentsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** 专项 → the campaign's row → its page. */
  async openCampaign(name: string): Promise<void> {
    await this.open('专项');
    await this.page.getByRole('main').getByRole('row').filter({ hasText: name }).dblclick();
    await expect(this.heading).toHaveText(`专项：${name}`);
  }

  /** On a 专项's page, the donation given by `donor` opens in its form. */
  async openDonationOf(donor: string): Promise<Locator> {
    await this.page
      .getByRole('table', { name: '专项的捐赠' })
      .getByRole('row')
      .filter({ hasText: donor })
      .dblclick();
    const drawer = this.page.getByRole('dialog', { name: '编辑捐赠' });
    await expect(drawer).toBeVisible();
    return drawer;
  }

  /** 生成感谢信 in the open donation's form; resolves to its dialog. */
  async openLetterDialog(drawer: Locator): Promise<Locator> {
    await drawer.getByRole('button', { name: '生成感谢信' }).click();
    const dialog = this.page.getByRole('dialog', { name: '生成感谢信' });
    await expect(dialog.getByRole('region', { name: '感谢信正文' })).toBeVisible();
    return dialog;
  }

  /** 专项捐赠汇总 on the 专项's page; resolves to its dialog once its totals show. */
  async openSummaryDialog(campaign: string): Promise<Locator> {
    await this.page.getByRole('main').getByRole('button', { name: '专项捐赠汇总' }).click();
    const dialog = this.page.getByRole('dialog', { name: `专项捐赠汇总：${campaign}` });
    await expect(dialog.getByRole('region', { name: '汇总合计' })).toBeVisible();
    return dialog;
  }
}
