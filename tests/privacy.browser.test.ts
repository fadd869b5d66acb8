// Privacy and safety, proven in the browser: nothing leaves the device, nothing is stored
// unless asked, the quick exit really leaves, and the strict CSP holds with no violation.
import { expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appURL, baseURL, describeBrowser, useBrowser, newPage, offOriginRequests, problems } from './support/browser.ts';
import { answerUntilCheck, pressForNextPage, seeResults, startByKeyboard } from './support/quiz.ts';
import { resultsShown } from './support/results.ts';

const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** What this site keeps in the browser: cookies and both storages. */
async function storedData(page: Page, context: BrowserContext) {
  const storage = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
  return { cookies: await context.cookies(), ...storage };
}

/** The neutral exit page, served locally so no test ever reaches the internet. */
async function fakeExitSite(context: BrowserContext) {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather forecast</h1>' }),
  );
}

describeBrowser('privacy and safety', () => {
  const browser = useBrowser();

  it('a whole visit (quiz, results, directory, profile) stays on its own origin and stores nothing', async () => {
    const { page, context, log, close } = await newPage(browser());
    try {
      await page.goto(appURL('/'));
      await startByKeyboard(page);
      await answerUntilCheck(page, { 'Who are you looking for help for?': { radio: 'For me' }, 'What are you struggling with?': { tick: ['Gambling'] } });
      await seeResults(page);
      await resultsShown(page);
      await page.goto(appURL('/#/groups'));
      await page.getByRole('link', { name: /Gamblers Anonymous/ }).first().click();
      await page.getByRole('heading', { level: 1, name: /Gamblers Anonymous/ }).waitFor();
      expect(offOriginRequests(log)).toEqual([]);
      expect(await storedData(page, context)).toEqual({ cookies: [], local: {}, session: {} });
      expect(log.cspViolations).toEqual([]);
      expect(problems(log)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps answers only after "Remember my answers", and removes them on "Forget"', async () => {
    const { page, context, close } = await newPage(browser());
    try {
      await page.goto(appURL('/'));
      await startByKeyboard(page);
      await answerUntilCheck(page, { 'Who are you looking for help for?': { radio: 'For me' }, 'What are you struggling with?': { tick: ['Cannabis'] } });
      expect((await storedData(page, context)).local).toEqual({});
      await page.getByRole('checkbox', { name: 'Remember my answers on this device' }).check();
      expect(JSON.parse((await storedData(page, context)).local['pathways.answers'] ?? 'null')).toEqual({ for: 'me', concerns: ['cannabis'] });
      // A reload comes back to the same page, with the kept answers.
      await page.reload();
      await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      await page.getByRole('button', { name: 'Change your answer to: Who are you looking for help for?' }).click();
      await expect.poll(() => page.getByRole('radio', { name: 'For me' }).isChecked()).toBe(true);
      await page.goto(appURL('/'));
      await page.getByRole('button', { name: 'Start now' }).click();
      for (let i = 0; i < 20 && !(await page.getByRole('heading', { name: 'Check your answers' }).count()); i++) {
        await pressForNextPage(page, /Continue|Skip this question/);
      }
      await page.getByRole('button', { name: 'Forget my answers' }).click();
      expect(await storedData(page, context)).toEqual({ cookies: [], local: {}, session: {} });
    } finally {
      await close();
    }
  });

  for (const how of ['button', 'Shift pressed three times'] as const) {
    it(`quick exit by ${how} leaves for a neutral page, and Back does not return to the answers`, async () => {
      const { page, context, close } = await newPage(browser());
      try {
        await fakeExitSite(context);
        await page.goto('about:blank');
        await page.goto(appURL('/'));
        await page.getByRole('button', { name: 'Start now' }).click();
        await page.getByRole('radio', { name: 'For me' }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.getByRole('checkbox', { name: 'Alcohol' }).check();
        if (how === 'button') await page.getByRole('link', { name: 'Exit this page' }).click();
        else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        await page.waitForURL(EXIT_URL);
        await page.getByRole('heading', { name: 'Weather forecast' }).waitFor();
        await page.goBack().catch(() => undefined);
        expect(page.url().startsWith(baseURL())).toBe(false);
        expect(await page.getByText('What are you struggling with?').count()).toBe(0);
      } finally {
        await close();
      }
    });
  }

  it('ships a strict Content Security Policy and runs under it', async () => {
    const html = await (await fetch(appURL('/'))).text();
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
  });
});
