// The journey never loses the person: Back and Forward, reload, a stable progress count,
// "See my groups now", family wording, tap targets and a start page that works without JavaScript.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appURL, axeCheck, describeBrowser, formatViolations, newPage, useBrowser, VIEWPORTS } from './support/browser.ts';
import { chooseRadio, fromTop, press, tick } from './support/keyboard.ts';
import { answer, questionHeading, startByKeyboard } from './support/quiz.ts';
import { resultsShown } from './support/results.ts';

const heading = (page: Page) => page.locator('h1').first().innerText();
const waitForHeading = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, text, { timeout: 10_000 });

describeBrowser('journey: history, progress and wording', () => {
  const browser = useBrowser();

  it('gives each question, the check page and the results their own Back/Forward entry', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.goto(appURL('/'));
      await startByKeyboard(page);
      const addresses = [page.url()];
      await answer(page, { radio: 'For me' });
      addresses.push(page.url());
      await answer(page, { tick: ['Alcohol'] });
      expect(await heading(page)).toBe('What is your goal for now?');
      addresses.push(page.url());
      await page.goBack();
      await waitForHeading(page, 'What are you struggling with?');
      await page.goBack();
      await waitForHeading(page, 'Who are you looking for help for?');
      await page.goForward();
      await waitForHeading(page, 'What are you struggling with?');
      // The answer chosen earlier is still there.
      expect(await page.getByRole('checkbox', { name: 'Alcohol' }).isChecked()).toBe(true);
      await page.goForward();
      await waitForHeading(page, 'What is your goal for now?');
      await fromTop(page);
      await press(page, 'See my groups now');
      await resultsShown(page);
      addresses.push(page.url());
      expect(new URL(page.url()).hash).toBe('#/results');
      // Back from the results goes to the check page.
      await page.goBack();
      await waitForHeading(page, 'Check your answers');
      await page.goForward();
      await resultsShown(page);
      // No answer is ever written into the address.
      for (const address of addresses) expect(address).not.toMatch(/alcohol|results=/);
      expect(formatViolations(await axeCheck(page))).toBe('');
    } finally {
      await close();
    }
  });

  it('after a reload, keeps the page when the answers were kept, and says so when they were not', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.goto(appURL('/'));
      await startByKeyboard(page);
      await answer(page, { radio: 'For me' });
      await answer(page, { tick: ['Alcohol'] });
      await page.reload();
      await page.getByRole('status').filter({ hasText: 'were not kept on this device' }).waitFor();
      expect(await page.getByRole('button', { name: 'Start now' }).count()).toBe(1);
      expect(formatViolations(await axeCheck(page))).toBe('');

      // Now keep them: tick "Remember my answers" on the check page, go back to a question, reload.
      await startByKeyboard(page);
      await answer(page, { radio: 'For me' });
      await answer(page, { tick: ['Alcohol'] });
      for (let i = 0; i < 25 && (await questionHeading(page)) !== 'Check your answers'; i++) await answer(page, 'skip');
      await page.getByRole('checkbox', { name: 'Remember my answers on this device' }).check();
      await page.getByRole('button', { name: 'Change your answer to: What is your goal for now?' }).click();
      await waitForHeading(page, 'What is your goal for now?');
      await page.reload();
      await waitForHeading(page, 'What is your goal for now?');
      await page.goBack();
      await waitForHeading(page, 'Check your answers');
      expect(await page.getByText('Alcohol').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('keeps "Question N of M" still while options are chosen', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.goto(appURL('/'));
      await startByKeyboard(page);
      const progress = page.getByText(/^Question \d+ of \d+$/);
      const onFirst = await progress.innerText();
      await page.getByRole('radio', { name: 'For someone I care about' }).check();
      expect(await progress.innerText()).toBe(onFirst);
      await page.getByRole('radio', { name: 'For me' }).check();
      expect(await progress.innerText()).toBe(onFirst);
      await answer(page, { radio: 'For me' });
      await answer(page, { tick: ['Alcohol'] });
      for (let i = 0; i < 6 && (await questionHeading(page)) !== 'What is your gender?'; i++) await answer(page, 'skip');
      const onGender = await progress.innerText();
      await page.getByRole('radio', { name: 'Woman' }).check();
      expect(await progress.innerText()).toBe(onGender);
    } finally {
      await close();
    }
  });

  it('on the family path, asks about the loved one as "they", and says when it turns to "you"', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.goto(appURL('/'));
      await startByKeyboard(page);
      await answer(page, { radio: 'For someone I care about' });
      await answer(page, { radio: "I'm their parent" });
      await answer(page, 'skip');
      expect(await heading(page)).toBe('What is their gender?');
      expect(await page.locator('legend').innerText()).toContain('Now a few questions about the person you care about.');
      expect(formatViolations(await axeCheck(page))).toBe('');
      await answer(page, { radio: 'Man' });
      expect(await heading(page)).toBe('How old are they?');
      await answer(page, { radio: '26 or older' });
      expect(await heading(page)).toBe('What is the person you care about struggling with?');
      // Prescribed painkillers are named under opioids; "not sure" stands alone.
      expect(await page.getByRole('checkbox', { name: /Opioids.*prescribed painkillers/ }).count()).toBe(1);
      await fromTop(page);
      await tick(page, 'Alcohol', "I'm not sure");
      expect(await page.getByRole('checkbox', { name: 'Alcohol' }).isChecked()).toBe(false);
      await tick(page, 'Alcohol');
      expect(await page.getByRole('checkbox', { name: "I'm not sure" }).isChecked()).toBe(false);
      await press(page, 'Continue');
      await waitForHeading(page, 'What is their goal for now, as far as you know?');
      await answer(page, 'skip');
      await answer(page, 'skip');
      expect(await heading(page)).toBe('Do they take prescribed medication for recovery or mental health?');
      await fromTop(page);
      await chooseRadio(page, "I'd rather not say");
      await press(page, 'Continue');
      await waitForHeading(page, 'How old are you?');
      expect(await page.locator('legend').innerText()).toContain('Now a few questions about you.');
    } finally {
      await close();
    }
  });

  it('makes Back, Skip, Change and footer links at least 44 by 44 px on a touch screen', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
    try {
      await page.goto(appURL('/'));
      await startByKeyboard(page);
      await answer(page, { radio: 'For me' });
      await answer(page, { tick: ['Alcohol'] });
      const sizes = async (locator: ReturnType<Page['locator']>) =>
        Promise.all((await locator.all()).map(async (el) => (await el.boundingBox())!));
      const targets = [
        page.getByRole('button', { name: 'Back', exact: true }),
        page.getByRole('button', { name: 'Skip this question' }),
        page.locator('.site-footer__links a'),
      ];
      for (const target of targets) for (const box of await sizes(target)) {
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
      }
      for (let i = 0; i < 25 && (await questionHeading(page)) !== 'Check your answers'; i++) await answer(page, 'skip');
      const changes = await sizes(page.getByRole('button', { name: /^Change/ }));
      expect(changes.length).toBeGreaterThan(3);
      for (const box of changes) expect(box.height).toBeGreaterThanOrEqual(44);
    } finally {
      await close();
    }
  });

  it('without JavaScript, the start page says what works and shows no dead button or link', async () => {
    const { page, context, close } = await newPage(browser(), { viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    try {
      await page.goto(appURL('/'), { waitUntil: 'load' });
      expect(await page.getByText(/A to Z list of groups and every group's own page still work/).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Start now' }).isVisible()).toBe(false);
      const visibleButtons = await page.locator('main button:visible, header button:visible').count();
      expect(visibleButtons).toBe(0);
      const hrefs = await page.locator('a:visible').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(appURL('/')).origin) continue; // the quick-exit page
        expect(url.hash, href).not.toMatch(/^#\//);
        if (url.hash === '#main') continue;
        const response = await context.request.get(href);
        expect(response.status(), href).toBe(200);
      }
    } finally {
      await close();
    }
  });
});
