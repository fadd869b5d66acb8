// Accessibility in a real browser: axe (WCAG 2.0/2.1/2.2 A and AA) on every page a person can reach,
// and reflow: nothing scrolls sideways at 320 px wide (the width WCAG's reflow rule uses for 200%+ zoom).
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appURL, axeCheck, describeBrowser, formatViolations, useBrowser, newPage } from './support/browser.ts';
import { answer, questionHeading, seeResults, startByKeyboard, type Step } from './support/quiz.ts';
import { resultsShown } from './support/results.ts';

/** Answers that visit every question in the questionnaire. */
const EVERY_QUESTION: Record<string, Step> = {
  'Who are you looking for help for?': { radio: 'For someone I care about' },
  'What is the person you care about struggling with?': { tick: ['Alcohol'] },
  'What is your gender?': { radio: 'Woman' },
  'How do you feel about a spiritual or religious side?': { radio: "I'm open to it" },
};

async function expectAccessible(page: Page, where: string) {
  const violations = await axeCheck(page);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where} scrolls sideways at 320px`).toBeLessThanOrEqual(0);
}

describeBrowser('accessibility', () => {
  const browser = useBrowser();

  it('has no axe violations and no sideways scrolling on the start page, every question, the check page and the results', async () => {
    const { page, close } = await newPage(browser(), { viewport: { width: 320, height: 640 } });
    try {
      // The check page lays out the first results card out of sight (rehearse-first-card.tsx). It holds
      // real buttons and links, so it must be out of reach of Tab and of screen readers while it is there.
      await page.addInitScript(() => {
        const seen: { inert: boolean; hidden: boolean }[] = [];
        (window as unknown as { rehearsals: typeof seen }).rehearsals = seen;
        new MutationObserver((records) => {
          for (const node of records.flatMap((record) => [...record.addedNodes])) {
            if (node instanceof HTMLElement && node.classList.contains('results-rehearsal')) {
              seen.push({ inert: node.inert, hidden: node.getAttribute('aria-hidden') === 'true' });
            }
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(appURL('/'));
      await page.locator('h1').first().waitFor();
      await expectAccessible(page, 'start page');
      await expectNoSidewaysScroll(page, 'start page');
      await startByKeyboard(page);
      const seen: string[] = [];
      for (let i = 0; i < 25; i++) {
        const heading = await questionHeading(page);
        if (heading === 'Check your answers') break;
        seen.push(heading);
        await expectAccessible(page, `question "${heading}"`);
        await expectNoSidewaysScroll(page, `question "${heading}"`);
        await answer(page, EVERY_QUESTION[heading] ?? 'skip');
      }
      expect(seen.length).toBe(19); // every question in src/machine/flow.ts
      await expectAccessible(page, 'check your answers');
      await expectNoSidewaysScroll(page, 'check your answers');
      await seeResults(page);
      await resultsShown(page);
      const rehearsals = await page.evaluate(() => (window as unknown as { rehearsals: unknown[] }).rehearsals);
      expect(rehearsals, 'the hidden first card, each time it was laid out').toEqual([{ inert: true, hidden: true }]);
      await expectAccessible(page, 'results');
      await expectNoSidewaysScroll(page, 'results');
    } finally {
      await close();
    }
    // Nineteen questions, each checked by axe, on a shared two-core machine.
  }, 150_000);

  for (const [name, path] of [
    ['directory', '/#/groups'],
    ['profile page', '/#/groups/alcoholics-anonymous'],
    ['about page', '/#/about'],
    ['privacy page', '/#/privacy'],
    ['accessibility statement', '/#/accessibility'],
  ] as const) {
    it(`has no axe violations and no sideways scrolling on the ${name}`, async () => {
      const { page, close } = await newPage(browser(), { viewport: { width: 320, height: 640 } });
      try {
        await page.goto(appURL(path));
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, name);
        await expectNoSidewaysScroll(page, name);
      } finally {
        await close();
      }
    });
  }
});
