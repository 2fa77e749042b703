import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_PAGE,
  DOSSIER_PAGE,
  PART_WARMERS,
  PAGES,
  pageCodeFor,
  pageWarmers,
  REMINDERS_PAGE,
  THEMED_PAGE,
} from '../../../../renderer/src/app/pageLoaders';

describe('pageCodeFor', () => {
  it('loads a 专项’s own page for its view and its form, and the list for anything else', () => {
    expect(pageCodeFor('campaigns', ['c1', 'view'])).toBe(CAMPAIGN_PAGE);
    expect(pageCodeFor('campaigns', ['c1', 'edit'])).toBe(CAMPAIGN_PAGE);
    expect(pageCodeFor('campaigns', [])).toBe(PAGES.campaigns);
    expect(pageCodeFor('campaigns', ['new'])).toBe(PAGES.campaigns);
    expect(pageCodeFor('campaigns', ['new', 'view'])).toBe(PAGES.campaigns);
    // A search hit marks the 专项 in its list.
    expect(pageCodeFor('campaigns', ['c1'])).toBe(PAGES.campaigns);
  });

  it('loads a member’s 档案 and the 履职提醒 apart from the 委员 list', () => {
    expect(pageCodeFor('members', ['m1', 'dossier'])).toBe(DOSSIER_PAGE);
    expect(pageCodeFor('members', ['reminders'])).toBe(REMINDERS_PAGE);
    expect(pageCodeFor('members', ['m1', 'edit'])).toBe(PAGES.members);
  });

  it('warms every page’s code after start-up, the pages under others included, then their parts', () => {
    const warmers = pageWarmers();
    for (const page of [...Object.values(PAGES), DOSSIER_PAGE, CAMPAIGN_PAGE, REMINDERS_PAGE]) {
      expect(warmers).toContain(page.load);
    }
    // Then the filters, forms and board, which their pages load after drawing or when opened.
    expect(warmers.slice(-PART_WARMERS.length)).toEqual(PART_WARMERS);
  });

  it('warms antd’s theme first and says when it is in, so that it is drawn before the first click', async () => {
    let told = 0;
    const [first] = pageWarmers(() => {
      told += 1;
    });
    await first!();
    expect(THEMED_PAGE.loaded()).toBe(true);
    expect(told).toBe(1);
  });
});
