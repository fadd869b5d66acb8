/** Answering the questionnaire by keyboard, one page at a time. */
import type { Frame, Page } from 'playwright-core';
import { afterPaint } from './browser.ts';
import { chooseRadio, fromTop, press, tick } from './keyboard.ts';

export type Step = { radio: string } | { tick: string[] } | 'skip';

/** The question on screen (its h1). */
export const questionHeading = (scope: Page | Frame) => scope.locator('h1').first().innerText();

/**
 * Presses a button that leads to another page and waits until that page is on screen, as a person
 * waits to see it. The new page is built after the press (src/ui/quiz-session.ts), so the old one
 * is there for a moment, and a second press on it is not taken.
 */
export async function pressForNextPage(scope: Page | Frame, name: string | RegExp): Promise<void> {
  const before = await questionHeading(scope);
  await scope.getByRole('button', { name }).first().click();
  await headingChanged(scope, before);
}

/** Waits until the page's h1 no longer reads `before`. */
const headingChanged = (scope: Page | Frame, before: string) =>
  scope.waitForFunction((prev) => document.querySelector('h1')?.innerText !== prev, before);

/** Answers the current question (or skips it) and moves on, waiting for the next heading. */
export async function answer(page: Page, step: Step): Promise<void> {
  const before = await questionHeading(page);
  await fromTop(page);
  if (step === 'skip') {
    await press(page, 'Skip this question');
  } else {
    if ('radio' in step) await chooseRadio(page, step.radio);
    else await tick(page, ...step.tick);
    await press(page, 'Continue');
  }
  await headingChanged(page, before);
}

/** Answers by question heading until the check page; unlisted questions are skipped. */
export async function answerUntilCheck(page: Page, byHeading: Record<string, Step>, visit?: (page: Page) => Promise<void>) {
  for (let i = 0; i < 25; i++) {
    const heading = await questionHeading(page);
    if (heading === 'Check your answers') return;
    await visit?.(page);
    await answer(page, byHeading[heading] ?? 'skip');
  }
  throw new Error('never reached the check page');
}

export async function startByKeyboard(page: Page): Promise<void> {
  await fromTop(page);
  await press(page, 'Start now');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Who are you looking for help for?'));
}

export async function seeResults(page: Page): Promise<void> {
  await fromTop(page);
  await press(page, 'See my list');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent !== 'Check your answers');
  await page.waitForLoadState('networkidle');
  await afterPaint(page);
}
