/** Opening results straight from a share link, and reading what the results page shows. */
import type { Page } from 'playwright-core';
import type { Answers } from '../../src/engine/answers.ts';
import { encodeAnswers } from '../../src/share/share-link.ts';
import { afterPaint, appURL } from './browser.ts';

export const DEFAULT_PERSONA: Answers = { for: 'me', concerns: ['alcohol'] };
export const SECULAR_UK: Answers = { for: 'me', concerns: ['alcohol'], goal: 'stop', spirituality: 'secular', region: 'uk' };
export const PARENT_OPIOIDS: Answers = {
  for: 'someone-else',
  relationship: 'parent',
  theirGender: 'man',
  theirAge: '26-plus',
  concerns: ['opioids'],
  familyGoal: 'both',
  region: 'us',
};

export async function openResults(page: Page, answers: Answers): Promise<void> {
  await page.goto(appURL(`/#results=${encodeAnswers(answers)}`));
  await resultsShown(page);
  await page.waitForLoadState('networkidle');
  await afterPaint(page);
}

/** Waits until the first group's card is on the page and a frame has been drawn with it (see afterPaint). */
export async function resultsShown(page: Page, timeout?: number): Promise<void> {
  await page.locator('main article').first().waitFor(timeout ? { timeout } : undefined);
  await afterPaint(page);
}

/** Widest content vs the window: > 0 means the page scrolls sideways. */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
