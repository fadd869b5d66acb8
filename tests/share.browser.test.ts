// Share links: the answers travel in the URL fragment only, open the same results elsewhere,
// leave the address bar afterwards, and a broken or tampered link opens the start page with a notice.
import { expect, it } from 'vitest';
import resultsEs from '../src/locales/es/results.json';
import results from '../src/locales/en/results.json';
import { appURL, describeBrowser, useBrowser, newPage, problems } from './support/browser.ts';
import { resultsShown } from './support/results.ts';
import { pressForNextPage } from './support/quiz.ts';

describeBrowser('share links', () => {
  const browser = useBrowser();

  it('round-trips: the copied link opens the same results on another device, and no server sees the answers', async () => {
    const first = await newPage(browser());
    let link = '';
    let names: string[] = [];
    try {
      const { page } = first;
      await page.goto(appURL('/'));
      await page.getByRole('button', { name: 'Start now' }).click();
      await page.getByRole('radio', { name: 'For someone I care about' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('radio', { name: "I'm their parent" }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      // The family goal, then the loved one's gender and age.
      for (const question of ['What kind of support are you looking for?', 'What is their gender?', 'How old are they?']) {
        await page.getByRole('heading', { name: question }).waitFor();
        await page.getByRole('button', { name: 'Skip this question' }).click();
      }
      await page.getByRole('checkbox', { name: 'Gambling' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      for (let i = 0; i < 20 && !(await page.getByRole('heading', { name: 'Check your answers' }).count()); i++) {
        await pressForNextPage(page, 'Skip this question');
      }
      await page.getByRole('button', { name: 'See my list' }).click();
      await resultsShown(page);
      names = await page.locator('main article h3, main article h2').allTextContents();
      await page.getByRole('button', { name: 'Copy a link to these results' }).click();
      link = await page.getByRole('textbox', { name: 'Link to these results' }).inputValue();
    } finally {
      await first.close();
    }
    const url = new URL(link);
    expect(url.hash).toMatch(/^#results=/);
    expect(url.search).toBe('');

    const second = await newPage(browser());
    try {
      const { page, log } = second;
      await page.goto(link);
      await resultsShown(page);
      expect(await page.locator('main article h3, main article h2').allTextContents()).toEqual(names);
      // The request that loaded the page carried no answers: fragments never leave the browser.
      expect(log.requests.some((r) => r.includes('results='))).toBe(false);
      // The answers leave the address bar: it names the results page only.
      await expect.poll(() => new URL(page.url()).hash).toBe('#/results');
      expect(problems(log)).toEqual([]);
    } finally {
      await second.close();
    }
  });

  for (const [name, hash] of [
    ['damaged', '#results=%%%not-base64'],
    ['tampered', `#results=${Buffer.from(JSON.stringify({ for: 'me', concerns: ['beer'] })).toString('base64url')}`],
  ] as const) {
    it(`opens the start page with a short notice for a ${name} link, never a crash`, async () => {
      const { page, log, close } = await newPage(browser());
      try {
        await page.goto(appURL(`/${hash}`));
        await page.getByRole('status').filter({ hasText: 'That link could not be read' }).waitFor();
        expect(await page.getByRole('button', { name: 'Start now' }).count()).toBe(1);
        expect(log.pageErrors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('moves focus once, to the results heading: the start page it opened on is not rebuilt and announced first', async () => {
    const { page, log, close } = await newPage(browser());
    try {
      // Every element that takes focus, from the first moment (a screen reader announces each).
      await page.addInitScript({
        content: `window.__focused = []; addEventListener('focusin', (event) => window.__focused.push(event.target.tagName + ': ' + event.target.textContent.trim()), true);`,
      });
      await page.goto(appURL(`/#results=${Buffer.from(JSON.stringify({ for: 'me', concerns: ['alcohol'] })).toString('base64url')}`));
      await resultsShown(page);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate('window.__focused')).toEqual([`H1: ${results.results.title.me}`]);
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(results.results.title.me);
      expect(problems(log)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens in the language it was shared in, unless the address names one', async () => {
    // Made by someone reading in Spanish (a browser set to Spanish puts no ?lang= in the address),
    // opened on a phone set to English: the list is read in Spanish, the same words she read.
    const encoded = Buffer.from(JSON.stringify({ for: 'me', concerns: ['alcohol'], region: 'mx', language: 'es' })).toString('base64url');
    const { page, log, close } = await newPage(browser(), { locale: 'en-US' });
    try {
      await page.goto(appURL(`/#results=${encoded}`));
      await page.getByRole('heading', { level: 1, name: resultsEs.results.title.me }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      await page.goto('about:blank');
      await page.goto(appURL(`/?lang=en#results=${encoded}`));
      await page.getByRole('heading', { level: 1, name: results.results.title.me }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      expect(problems(log)).toEqual([]);
    } finally {
      await close();
    }
  });
});
