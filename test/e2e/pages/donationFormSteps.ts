import { expect, type Page } from '@playwright/test';
import { MemberForm } from './MembersPage';
import { SettingsPage } from './SettingsPage';

/** 捐赠 → 新增捐赠: the form, open. */
export async function newDonation(app: Page): Promise<MemberForm> {
  await new SettingsPage(app).open('捐赠');
  await app.getByRole('main').getByRole('button', { name: '新增捐赠' }).click();
  const form = new MemberForm(app, '新增捐赠');
  await expect(form.drawer).toBeVisible();
  return form;
}

/**
 * Types an outside donor into 捐赠方 and commits it, as a user does once the picker offers it (the
 * picker's listbox for screen readers holds the option the Enter will take).
 */
export async function addOtherDonor(app: Page, form: MemberForm, name: string): Promise<void> {
  await form.field('捐赠方').fill(name);
  await expect(app.getByRole('option', { name })).toBeAttached();
  await app.keyboard.press('Enter');
  await expect(form.drawer.getByRole('checkbox', { name: `“${name}”为群体` })).toBeVisible();
  // Tab on, as a user leaving the picker does: its list closes.
  await app.keyboard.press('Tab');
}
