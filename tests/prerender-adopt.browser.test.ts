// The live app takes over the pre-rendered start page in place (src/pwa/adopt-prerendered.ts):
// the same elements stay on screen, links become the app's own, and nothing is rebuilt. And no
// page shifts its layout while it loads (issue 13: CLS 0), the results from a share link included.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Answers } from '../src/engine/answers.ts';
import { encodeAnswers } from '../src/share/share-link.ts';
import ui from '../src/locales/en/ui.json';
import questions from '../src/locales/en/questions.json';
import { appURL, describeBrowser, newPage, problems, useBrowser, VIEWPORTS } from './support/browser.ts';

/** Remembers the first h1 as parsed, and adds up every layout shift not caused by input. */
const OBSERVE = `
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { window.__firstHeading = document.querySelector('h1'); });
`;

const live = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout: 20_000 });
const settle = (page: Page) => page.waitForLoadState('networkidle').then(() => page.waitForTimeout(500));
const cls = (page: Page) => page.evaluate('window.__cls') as Promise<number>;

describeBrowser('the live app and the pre-rendered pages', () => {
  const browser = useBrowser();

  it('adopts the pre-rendered start page: same elements, app links, no rebuild', async () => {
    const { page, log, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.addInitScript({ content: OBSERVE });
      await page.goto(appURL('/'));
      await live(page);
      await expect(page.evaluate('window.__firstHeading === document.querySelector("h1")')).resolves.toBe(true);
      await expect(page.locator('#root').getAttribute('data-prerendered')).resolves.toBeNull();
      await expect(page.getByRole('link', { name: ui.start.browse }).getAttribute('href')).resolves.toBe('#/groups');
      await expect(page.locator('[data-app-href]').count()).resolves.toBe(0);
      await page.getByRole('button', { name: ui.start.startButton }).click();
      await page.getByRole('heading', { level: 1, name: questions.questions.for.title }).waitFor();
      expect(problems(log), 'no hydration warning or error').toEqual([]);
      expect(log.console.filter((m) => m.type === 'warning').map((m) => m.text)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('rebuilds, not adopts, where the markup would differ (another language)', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.addInitScript({ content: OBSERVE });
      await page.goto(appURL('/?lang=es'));
      await live(page);
      await expect(page.evaluate('window.__firstHeading === document.querySelector("h1")')).resolves.toBe(false);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    } finally {
      await close();
    }
  });

  const shared: Answers = { for: 'me', concerns: ['alcohol'], goal: 'stop', region: 'us' };
  for (const [name, path] of [
    ['start page', '/'],
    ['A–Z directory', '/directory.html'],
    ['a profile', '/groups/smart-recovery.html'],
    ['results from a share link', `/#results=${encodeAnswers(shared)}`],
  ] as const) {
    for (const [size, viewport] of Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop })) {
      it(`${name} does not shift while it loads (${size})`, async () => {
        const { page, close } = await newPage(browser(), { viewport });
        try {
          await page.addInitScript({ content: OBSERVE });
          await page.goto(appURL(path));
          await live(page);
          if (name.startsWith('results')) await page.locator('main article').first().waitFor({ timeout: 20_000 });
          await settle(page);
          expect(await cls(page)).toBe(0);
        } finally {
          await close();
        }
      });
    }
  }
});
