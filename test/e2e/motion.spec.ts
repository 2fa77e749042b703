import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';

declare global {
  interface Window {
    __motions?: string[];
  }
}

// The shell starts the page as for a user who turned animations off in the system
// (shellSession.ts); antd's popups then take their place at once, with no zoom or slide.
test('a user who asked for less motion gets the form and its questions without animation', async ({
  app,
}) => {
  expect(await app.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
    true,
  );
  const members = new MembersPage(app);
  await members.open('委员');
  // Every animation and transition that starts from here, with its length: an animated popup
  // zooms or slides in over a fifth of a second.
  await app.evaluate(() => {
    const seen: string[] = [];
    window.__motions = seen;
    const note = (what: string, length: string) => {
      if (length.split(',').some((part) => parseFloat(part) > 0)) seen.push(`${what} ${length}`);
    };
    document.addEventListener(
      'animationstart',
      (event) =>
        note(event.animationName, getComputedStyle(event.target as Element).animationDuration),
      true,
    );
    document.addEventListener(
      'transitionrun',
      (event) =>
        note(event.propertyName, getComputedStyle(event.target as Element).transitionDuration),
      true,
    );
  });

  const form = await members.add();
  await form.field('姓名').fill('何永健');
  await app.keyboard.press('Escape');
  await expect(form.closeQuestion).toBeVisible();
  expect(await app.evaluate(() => window.__motions)).toEqual([]);
});
