// The live app takes over the pre-rendered start page in place (src/pwa/adopt-prerendered.ts):
// the same elements stay on screen, links become the app's own, and nothing is rebuilt. And no
// page shifts its layout while it loads (issue 13: CLS 0), the results from a share link included.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Answers } from '../src/engine/answers.ts';
import { encodeAnswers } from '../src/share/share-link.ts';
import ui from '../src/locales/en/ui.json';
import questions from '../src/locales/en/questions.json';
import uiEs from '../src/locales/es/ui.json';
import questionsEs from '../src/locales/es/questions.json';
import { appURL, describeBrowser, newPage, problems, useBrowser, VIEWPORTS } from './support/browser.ts';

/** Remembers the first h1 as parsed, and adds up every layout shift not caused by input. */
const OBSERVE = `
  window.__cls = 0;
  window.__movedInMain = [];
  window.__moved = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      for (const source of entry.sources || []) {
        const element = source.node && (source.node.nodeType === 1 ? source.node : source.node.parentElement);
        if (element && element.closest('main')) window.__movedInMain.push(element.tagName + ' ' + element.className);
        const [was, now] = [source.previousRect, source.currentRect].map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(','));
        window.__moved.push(Math.round(entry.startTime) + ' ms: ' + (element ? element.tagName + '.' + element.className : '(removed)') + ' from ' + was + ' to ' + now);
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    window.__firstHeading = document.querySelector('h1');
    window.__firstHeadingText = window.__firstHeading && window.__firstHeading.textContent;
  });
`;

/**
 * Records every largest-contentful-paint candidate (its element, its size) and whether each
 * element came from the parsed, pre-rendered markup. Sizes and elements are behaviour; times are not read.
 */
const OBSERVE_LCP = `
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp.push(entry);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { window.__parsed = new Set(document.querySelectorAll('#root *')); });
`;

interface Candidate {
  element: string;
  size: number;
  parsed: boolean;
  connected: boolean;
  sameAsFirst: boolean;
}

const candidates = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __lcp: LargestContentfulPaint[]; __parsed: Set<Element> };
    const first = w.__lcp[0]?.element ?? null;
    return w.__lcp.map((entry): Candidate => ({
      element: entry.element ? `${entry.element.tagName.toLowerCase()}.${entry.element.className}` : '(removed)',
      size: entry.size,
      parsed: !!entry.element && w.__parsed.has(entry.element),
      connected: !!entry.element?.isConnected,
      sameAsFirst: entry.element === first,
    }));
  });

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

  // Issue 13 (LCP within 100 ms of FCP): the largest element is painted from the pre-rendered
  // markup, and hydration neither replaces it nor adds a larger one of its own later.
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`the start page's largest paint is its pre-rendered markup, and hydration keeps it (${size})`, async () => {
      const { page, close } = await newPage(browser(), { viewport });
      try {
        await page.addInitScript({ content: OBSERVE_LCP });
        await page.goto(appURL('/'));
        await live(page);
        await settle(page);
        const found = await candidates(page);
        expect(found.length, 'a largest-contentful-paint entry').toBeGreaterThan(0);
        // A busy phone may paint the page before all of it is parsed, and then a later, larger
        // element of the same markup becomes the candidate: that is still one paint of the page. What
        // must not happen is a candidate the live app made (a rebuilt element) or one it removed.
        for (const candidate of found) {
          expect(candidate, 'painted from the pre-rendered markup, and still on the page').toMatchObject({ parsed: true, connected: true });
        }
      } finally {
        await close();
      }
    });
  }

  // A browser set to Spanish, or ?lang=es: the Spanish copy is put in place before the first
  // paint (scripts/prerendered-language.ts), so the first page painted is already in Spanish and the
  // live app adopts it, as it does the English one.
  for (const [who, locale, path] of [
    ['a browser set to Spanish (Mexico)', 'es-MX', '/'],
    ['?lang=es in an English browser', 'en-US', '/?lang=es'],
  ] as const) {
    it(`${who}: the Spanish start page is the first painted, and the app adopts it`, async () => {
      const { page, log, close } = await newPage(browser(), { viewport: VIEWPORTS.phone, locale });
      try {
        await page.addInitScript({ content: OBSERVE + OBSERVE_LCP });
        await page.goto(appURL(path));
        await live(page);
        await expect(page.evaluate('window.__firstHeadingText')).resolves.toBe(uiEs.start.title);
        await expect(page.evaluate('window.__firstHeading === document.querySelector("h1")'), 'the same heading, adopted').resolves.toBe(true);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
        await expect(page.title()).resolves.toBe(uiEs.app.documentTitle);
        await expect(page.getByRole('link', { name: uiEs.start.browse }).getAttribute('href')).resolves.toBe('#/groups');
        await settle(page);
        const found = await candidates(page);
        expect(found.length, 'a largest-contentful-paint entry').toBeGreaterThan(0);
        for (const candidate of found) {
          expect(candidate, 'the largest paint is the parsed Spanish markup, still on the page').toMatchObject({ parsed: true, connected: true });
        }
        await page.getByRole('button', { name: uiEs.start.startButton }).click();
        await page.getByRole('heading', { level: 1, name: questionsEs.questions.for.title }).waitFor();
        expect(problems(log), 'no hydration warning, no blocked script').toEqual([]);
        expect(log.console.filter((m) => m.type === 'warning').map((m) => m.text)).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('rebuilds, not adopts, where the markup would differ (a clinic’s settings in the address)', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.addInitScript({ content: OBSERVE });
      await page.goto(appURL('/?lang=es&mode=dark'));
      await live(page);
      await expect(page.evaluate('window.__firstHeading === document.querySelector("h1")')).resolves.toBe(false);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      await expect(page.locator('h1').innerText()).resolves.toBe(uiEs.start.title);
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
          // What moved, where from and to, so that a rare shift says what caused it.
          expect(await cls(page), ((await page.evaluate('window.__moved')) as string[]).join('\n')).toBe(0);
        } finally {
          await close();
        }
      });
    }
  }

  // On a screen taller than the start page, its footer is in sight and moves down when the results
  // take the page's place (a shift outside the results, which this does not count). Inside the
  // results nothing may move: the list's later cards come in a second render, below the screen.
  it('results from a share link: nothing in them moves while they load (tall desktop screen)', async () => {
    const { page, close } = await newPage(browser(), { viewport: { width: 1920, height: 1400 } });
    try {
      await page.addInitScript({ content: OBSERVE });
      await page.goto(appURL(`/#results=${encodeAnswers(shared)}`));
      await live(page);
      await page.locator('main article').first().waitFor({ timeout: 20_000 });
      await settle(page);
      expect(await page.evaluate('window.__movedInMain')).toEqual([]);
    } finally {
      await close();
    }
  });
});
