import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { SettingsPage } from './pages/SettingsPage';

const PAGES = ['总览', '委员', '履职活动', '捐赠', '专项', '工作室', '时间轴', '统计', '设置'];

/** The app's first font (global.css, ThemeProvider.tsx), the one every office machine here has. */
const FIRST_FONT = 'Noto Sans CJK SC';

/**
 * Every character the page shows beyond ASCII and the common CJK ideographs (which the font has
 * in full): text, generated content and the fields' values and placeholders.
 */
function shownCharacters(): string[] {
  const seen = new Set<string>();
  const add = (text: string | null | undefined) => {
    for (const ch of text ?? '') seen.add(ch);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) add(walker.currentNode.textContent);
  for (const element of document.querySelectorAll('*')) {
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(element, pseudo).content;
      if (content !== 'none' && content !== 'normal') add(content);
    }
  }
  for (const field of document.querySelectorAll('input, textarea')) {
    add((field as HTMLInputElement).value);
    add((field as HTMLInputElement).placeholder);
  }
  return [...seen].filter((ch) => {
    const code = ch.codePointAt(0)!;
    return code > 0x7e && !(code >= 0x4e00 && code <= 0x9fff);
  });
}

function fontHas(ch: string): boolean {
  const families = execFileSync(
    'fc-list',
    [`:charset=${ch.codePointAt(0)!.toString(16)}`, 'family'],
    {
      encoding: 'utf8',
    },
  );
  return families.split('\n').some((line) => line.split(',').includes(FIRST_FONT));
}

// A character the first font lacks is drawn from another one found on the spot: a different look,
// and on a two-core office machine a 10–50 ms wait the first time a page shows it (↶ and ↷ of
// 撤销 / 重做 held every first page opened after start-up so, through DejaVu).
test('every page draws its text in the app font, with no fallback font', async ({ app }) => {
  test.skip(!fontHas('中'), `${FIRST_FONT} is not installed here (fonts-noto-cjk)`);
  const ui = new AppPage(app);
  await new SettingsPage(app).loadSampleData();
  const lacking = new Map<string, string>();
  for (const name of PAGES) {
    await ui.open(name);
    await expect(app.getByRole('main')).not.toContainText('正在打开');
    await expect(app.getByRole('button', { name: '撤销' })).toBeVisible();
    for (const ch of await app.evaluate(shownCharacters)) {
      if (!lacking.has(ch) && !fontHas(ch)) lacking.set(ch, name);
    }
  }
  expect(
    [...lacking].map(([ch, page]) => `${ch} (U+${ch.codePointAt(0)!.toString(16)}, ${page})`),
  ).toEqual([]);
});
