import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';

// DESIGN.md §6: WCAG 2.1 AA, the level GB/T 37668 asks of public-service software.
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING: readonly ImpactValue[] = ['serious', 'critical'];
// Axe files these under best practice with a lower impact, but DESIGN.md §6 asks for them: one
// level-one heading per page, and a name for every table column.
const REQUIRED_RULES = ['page-has-heading-one', 'empty-table-header'];
// A list shows 50 rows: the first few offenders say enough.
const NODES_SHOWN = 5;

// axe-core's own build, read once. The app's CSP refuses an injected <script>, so the source is
// evaluated through the test driver (DevTools protocol), which the page's CSP does not govern.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

declare global {
  interface Window {
    axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  }
}

/**
 * Runs axe-core on what the page shows now and records a failure, named by `state` (e.g. 委员（示例数据）,
 * 新增委员 表单), for each serious or critical violation of a WCAG 2.1 A/AA rule and each breach of
 * REQUIRED_RULES. The failure is soft: one test checks every state, reports them all, then fails.
 * One call per screen state: a later form or dialog joins with a call for each state it can show.
 * With A11Y_SCREENSHOTS=1 each state is also photographed under test-results/ to be looked at.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await settled(page);
  if (process.env.A11Y_SCREENSHOTS) {
    await page.screenshot({ path: test.info().outputPath(`${state}.png`) });
  }
  const results = await runAxe(page);
  const failing = results.violations.filter(
    (v) =>
      REQUIRED_RULES.includes(v.id) ||
      (v.impact && FAILING.includes(v.impact) && v.tags.some((tag) => WCAG_21_AA.includes(tag))),
  );
  expect.soft(failing.map(describeViolation), `axe: violations on ${state}`).toEqual([]);
}

async function runAxe(page: Page): Promise<AxeResults> {
  // The page is a single-page app: axe stays loaded across route changes, not across reloads.
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: [...WCAG_21_AA, 'best-practice'] },
    resultTypes: ['violations'],
  };
  return page.evaluate((opts) => window.axe!.run(document, opts), options);
}

/** Waits until no CSS transition or animation runs: a drawer fading in has half its contrast. */
async function settled(page: Page): Promise<void> {
  // An endless one (a spinner) never ends and changes no colour.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}

/** One readable line per offending element: rule, impact, where, and what to fix. */
function describeViolation(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, NODES_SHOWN)
    .map(
      (node) =>
        `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n\s*/g, '\n      ')}`,
    );
  const more = violation.nodes.length - NODES_SHOWN;
  if (more > 0) nodes.push(`    … and ${more} more`);
  return `${violation.id} (${violation.impact}): ${violation.help}\n${nodes.join('\n')}`;
}
