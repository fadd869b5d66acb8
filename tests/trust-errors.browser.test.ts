// Issue 14, items 3, 4 and 6: a part of the app that fails to load shows a plain error page
// with Exit still there; a broken address shows a notice, never a dead start; and with
// JavaScript off the footer's pages and the A–Z list still work.
import { expect, it } from 'vitest';
import { appURL, describeBrowser, newPage, problems, screenshot, useBrowser, VIEWPORTS } from './support/browser.ts';
import { resultsShown } from './support/results.ts';
import { pressForNextPage } from './support/quiz.ts';

const RESULTS_CHUNK = /\/assets\/ResultsPage-[^/]+\.js$/;

describeBrowser('failing safely (issue 14, items 3, 4, 6)', () => {
  const browser = useBrowser();

  it('a results chunk that fails to load shows the error page with Exit, and remembered answers survive the reload', async () => {
    const { page, context, log, close } = await newPage(browser(), { serviceWorkers: 'block', viewport: VIEWPORTS.phone });
    await context.route(RESULTS_CHUNK, (route) => route.abort('internetdisconnected'));
    await page.goto(appURL('/index.html'));
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('radio', { name: 'For me' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('checkbox', { name: 'Alcohol' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (let i = 0; i < 20 && !(await page.getByRole('heading', { name: 'Check your answers' }).count()); i++) {
      await pressForNextPage(page, 'Skip this question');
    }
    await page.getByRole('checkbox', { name: 'Remember my answers on this device' }).check();
    await page.getByRole('button', { name: 'See my list' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Part of Pathways did not load' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toMatch(/Your answers are saved on this device/);
    expect(await page.getByRole('link', { name: 'Exit this page' }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    await screenshot(page, 'trust-error-boundary-phone');

    await context.unroute(RESULTS_CHUNK);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
    // The answers were remembered, so the reload comes back to the results, now that they load.
    await page.getByRole('heading', { level: 1, name: 'Groups that may suit you' }).waitFor({ timeout: 15_000 });
    await resultsShown(page, 15_000);
    expect(problems(log, [/ResultsPage/, /Failed to fetch dynamically imported module/, /error occurred in the <Lazy> component/i])).toEqual([]);
    await close();
  });

  it('a failing chunk without "Remember" says honestly that the answers are not kept', async () => {
    const { page, context, close } = await newPage(browser(), { serviceWorkers: 'block' });
    await context.route(RESULTS_CHUNK, (route) => route.abort('failed'));
    await page.goto(appURL(`/index.html#results=${Buffer.from(JSON.stringify({ for: 'me', concerns: ['gambling'] })).toString('base64url')}`));
    const alert = page.getByRole('alert').filter({ hasText: 'Part of Pathways did not load' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toMatch(/were not saved on this device/);
    expect(await page.getByRole('link', { name: 'Exit this page' }).isVisible()).toBe(true);
    await close();
  });

  for (const hash of ['#/groups/%', '#/groups/%E0%A4%A', '#/groups/%ZZ', '#/no-such-page', '#/groups/al-anon/extra']) {
    it(`the address ${hash} shows a "not found" notice, and Exit still works`, async () => {
      const { page, context, log, close } = await newPage(browser(), { serviceWorkers: 'block' });
      await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
      await page.goto(appURL(`/index.html${hash}`));
      await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor({ timeout: 15_000 });
      expect(await page.getByRole('link', { name: 'All groups A to Z' }).first().isVisible()).toBe(true);
      expect(log.pageErrors).toEqual([]);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await page.waitForURL('https://www.bbc.co.uk/weather');
      // Leaving aborts whatever was still downloading (the icon, the questionnaire fetched when idle).
      expect(problems(log, [/ERR_ABORTED /])).toEqual([]);
      await close();
    });
  }

  it('with JavaScript off, the footer’s pages open and the A–Z list hides the filters it cannot run', async () => {
    const { page, close } = await newPage(browser(), { javaScriptEnabled: false });
    await page.goto(appURL('/index.html'));
    for (const [name, heading] of [['About Pathways', /About/], ['Privacy', /Privacy/], ['Accessibility', /Accessibility/]] as const) {
      await page.getByRole('contentinfo').getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(page.url()).toMatch(/\/(about|privacy|accessibility)\.html$/);
    }
    await page.getByRole('contentinfo').getByRole('link', { name: 'All groups A to Z' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(page.url()).toMatch(/directory\.html$/);
    expect(await page.locator('.directory-filters').count()).toBeGreaterThan(0);
    expect(await page.locator('.directory-filters').first().isVisible()).toBe(false);
    await close();
  });
});
