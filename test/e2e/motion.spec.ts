import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { MembersPage } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';

declare global {
  interface Window {
    __motions?: string[];
    /** Animation frames counted since the count began, and those in which a canvas was cleared. */
    __frames?: { now: number; painted: Set<number> };
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

test('统计 draws each chart in full at once: no bars growing over the next second', async ({
  app,
}) => {
  await new SettingsPage(app).loadSampleData();
  // Count the frames in which any canvas is repainted (a chart clears its canvas to redraw).
  await app.evaluate(() => {
    const frames = { now: 0, painted: new Set<number>() };
    window.__frames = frames;
    const tick = () => {
      frames.now += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...args) {
      frames.painted.add(frames.now);
      return clear.apply(this, args);
    };
  });
  await new AppPage(app).open('统计');
  await expect(app.locator('.stat-chart-canvas canvas')).toHaveCount(5);
  await expect.poll(() => app.evaluate(() => window.__frames!.painted.size)).toBeGreaterThan(0);
  // An animated chart repaints in nearly every frame for a second (about 60); drawn at once, in
  // the frame or two its data and size arrive.
  const from = await app.evaluate(() => window.__frames!.now);
  await expect.poll(() => app.evaluate(() => window.__frames!.now)).toBeGreaterThan(from + 90);
  expect(await app.evaluate(() => window.__frames!.painted.size)).toBeLessThanOrEqual(6);
});
