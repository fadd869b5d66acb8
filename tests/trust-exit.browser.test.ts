// Issue 14, item 5: after quick exit, Back never returns to Pathways (pages visited earlier in
// the app, or in an embed the clinic page with Pathways in it); Exit works the same before the
// app is live; Exit stays on screen at every scroll position on a phone; and in a frame, links
// to other sites open outside it. See src/ui/layout/leave-page.ts and public/early.js.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { describeBrowser, launchBrowser, newPage, problems, screenshot, VIEWPORTS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/server.ts';
import { resultsShown } from './support/results.ts';

const EXIT = 'https://www.bbc.co.uk/weather';
const BEFORE = 'https://search.example/results';
const RESULTS = `#results=${Buffer.from(JSON.stringify({ for: 'me', concerns: ['alcohol'], region: 'uk' })).toString('base64url')}`;

/** The exit page, the page before Pathways and any group website, served locally: no test reaches the internet. */
async function fakeSites(context: BrowserContext) {
  await context.route(/^https:\/\/(?!127\.)[^/]+\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Elsewhere</title><h1>${new URL(route.request().url()).host}</h1>` }),
  );
}

describeBrowser('quick exit leaves no way back (issue 14, item 5)', () => {
  let browser: Browser;
  let app: StaticServer;
  let host: StaticServer;
  let appRoot: string;
  let hostRoot: string;

  beforeAll(async () => {
    [appRoot, hostRoot] = await Promise.all([mkdtemp(join(tmpdir(), 'exit-app-')), mkdtemp(join(tmpdir(), 'exit-host-'))]);
    await cp(inject('distRoot'), appRoot, { recursive: true });
    await writeFile(join(hostRoot, 'favicon.ico'), '');
    await writeFile(join(hostRoot, 'before.html'), '<!doctype html><title>Before</title><p>The clinic’s home page</p>');
    [browser, app, host] = await Promise.all([launchBrowser(), startStaticServer({ root: appRoot }), startStaticServer({ root: hostRoot })]);
    await writeFile(
      join(hostRoot, 'clinic.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside Clinic</title></head><body><h1>Find a group</h1><script src="${app.url}/embed.js" async></script></body></html>`,
    );
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), app?.close(), host?.close()]);
    await Promise.all([rm(appRoot, { recursive: true, force: true }), rm(hostRoot, { recursive: true, force: true })]);
  });

  async function opened(options: Parameters<typeof newPage>[1] = {}) {
    const result = await newPage(browser, { serviceWorkers: 'block', ...options });
    await fakeSites(result.context);
    return result;
  }

  /** Back, as often as the browser allows: every page it lands on must be outside Pathways. */
  async function expectNoWayBack(page: Page, origins: string[]) {
    const landed: string[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await page.goBack({ waitUntil: 'load' }).catch(() => null);
      if (!response && page.url() === landed.at(-1)) break;
      landed.push(page.url());
    }
    expect(landed.length, 'Back went somewhere').toBeGreaterThan(0);
    for (const url of landed) for (const origin of origins) expect(url.startsWith(origin), `Back landed on ${url}`).toBe(false);
    return landed;
  }

  for (const how of ['button', 'Shift pressed three times'] as const) {
    it(`after pages visited in the app, exit (${how}) leaves Back at the page before Pathways`, async () => {
      const { page, log, close } = await opened();
      await page.goto(BEFORE);
      await page.goto(`${app.url}/index.html`);
      await page.waitForSelector('html[data-app="live"]', { state: 'attached', timeout: 30_000 });
      for (const name of ['About Pathways', 'Privacy', 'Accessibility']) {
        await page.getByRole('link', { name }).click();
        await page.getByRole('heading', { level: 1, name: name === 'About Pathways' ? /About/ : name }).waitFor();
        expect(page.url(), 'moved within the live app').toContain('#/');
      }
      await page.getByRole('link', { name: 'Pathways', exact: true }).click();
      await page.getByRole('button', { name: 'Start now' }).click();
      await page.getByRole('radio', { name: 'For me' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'What are you struggling with?' }).waitFor();
      if (how === 'button') await page.getByRole('link', { name: 'Exit this page' }).click();
      else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await page.waitForURL(EXIT);
      const landed = await expectNoWayBack(page, [app.url]);
      expect(landed[0]).toBe(BEFORE);
      // Leaving may cut short the icon's download: that is the page going away, not a fault.
      expect(problems(log, [/ERR_ABORTED .*icon-32\.png/])).toEqual([]);
      await close();
    });
  }

  it('before the app is live, Exit leaves the same way, and a Start press is kept for the live app', async () => {
    for (const action of ['exit', 'start'] as const) {
      const { page, context, close } = await opened({ viewport: VIEWPORTS.phone });
      // A slow link: the app's code arrives seconds after the pre-rendered page.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(BEFORE);
      // The entry script is held, so DOMContentLoaded (which waits for it) does not come: wait for the markup.
      await page.goto(`${app.url}/index.html`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'Start now' }).waitFor();
      await page.waitForTimeout(300); // early.js (tiny) has run; the app has not
      expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
      if (action === 'exit') {
        await page.getByRole('link', { name: 'Exit this page' }).click();
        await page.waitForURL(EXIT);
        release();
        expect((await expectNoWayBack(page, [app.url]))[0]).toBe(BEFORE);
      } else {
        await page.getByRole('button', { name: 'Start now' }).click();
        release();
        await page.getByRole('heading', { name: 'Who are you looking for help for?' }).waitFor({ timeout: 15_000 });
      }
      await close();
    }
  });

  async function clinicFrame(page: Page): Promise<Frame> {
    await page.goto(`${host.url}/before.html`);
    await page.goto(`${host.url}/clinic.html`);
    const frame = await (await page.locator('iframe').elementHandle({ timeout: 10_000 }))!.contentFrame();
    await frame!.waitForSelector('html[data-app="live"]', { state: 'attached', timeout: 15_000 });
    return frame!;
  }

  it('in an embed, after pages visited in the frame, exit leaves Back at the page before the clinic’s', async () => {
    const { page, close } = await opened();
    const frame = await clinicFrame(page);
    await frame.getByRole('link', { name: 'About Pathways' }).click();
    await frame.getByRole('heading', { level: 1, name: /About/ }).waitFor();
    await frame.getByRole('link', { name: 'Privacy' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    await frame.getByRole('link', { name: 'Exit this page' }).click();
    await page.waitForURL(EXIT);
    const landed = await expectNoWayBack(page, [app.url, `${host.url}/clinic.html`]);
    expect(landed[0]).toBe(`${host.url}/before.html`);
    await close();
  });

  it('in an embed, a link to another site opens outside the frame, with no opener or referrer', async () => {
    const { page, context, close } = await opened();
    const frame = await clinicFrame(page);
    await frame.evaluate(() => (location.hash = '#/groups/smart-recovery'));
    await frame.getByRole('heading', { level: 1, name: /SMART Recovery/ }).waitFor({ timeout: 15_000 });
    const outside = frame.locator('main a[href^="https://"]').first();
    const href = await outside.getAttribute('href');
    const [popup] = await Promise.all([context.waitForEvent('page'), outside.click()]);
    await popup.waitForLoadState('domcontentloaded');
    expect(popup.url()).toBe(new URL(href!).href);
    expect(await popup.evaluate(() => [window.opener, document.referrer])).toEqual([null, '']);
    expect(await outside.evaluate((a: HTMLAnchorElement) => [a.target, a.relList.contains('noopener'), a.relList.contains('noreferrer')])).toEqual(['_blank', true, true]);
    expect(frame.url()).toContain('#/groups/smart-recovery'); // the frame stayed on Pathways
    await close();
  });

  it('on a phone, Exit is on screen and uncovered at every scroll position of a long results page', async () => {
    const { page, close } = await opened({ viewport: VIEWPORTS.phone });
    await page.goto(`${app.url}/index.html${RESULTS}`);
    await resultsShown(page, 15_000);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(3 * 740);
    for (let y = 0; y <= height; y += 500) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const onScreen = await page.getByRole('link', { name: 'Exit this page' }).evaluate((el) => {
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.top >= 0 && box.bottom <= innerHeight && box.height >= 44 && !!hit && el.contains(hit);
      });
      expect(onScreen, `Exit on screen at scrollY=${y}`).toBe(true);
    }
    await page.screenshot({ path: 'test-artifacts/screenshots/trust-exit-sticky-phone.png' });
    await screenshot(page, 'trust-exit-sticky-phone-full');
    await close();
  });

  // The header is always on screen, so every row it takes is lost to the page on a small phone.
  it('on a 320 px phone the sticky header takes two rows, brand and languages then Exit, in English and Spanish', async () => {
    for (const language of ['en', 'es']) {
      const { page, close } = await opened({ viewport: { width: 320, height: 640 } });
      await page.goto(`${app.url}/index.html?lang=${language}`);
      const rows = await page.evaluate(() => {
        const top = (selector: string) => Math.round(document.querySelector(selector)!.getBoundingClientRect().top);
        return { brand: top('.site-header__brand'), languages: top('.language-switcher'), exit: top('.quick-exit__button') };
      });
      expect(rows.languages, `${language}: the languages beside the brand`).toBe(rows.brand);
      expect(rows.exit, `${language}: Exit on the second row`).toBeGreaterThan(rows.brand);
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      expect(height, `${language}: two rows of 44 px controls and their spacing`).toBeLessThanOrEqual(2 * 44 + 24);
      await close();
    }
  });

  it('on a narrow phone, what is scrolled to stops below the sticky header, not under it (WCAG 2.4.11)', async () => {
    for (const width of [320, 412]) {
      const { page, close } = await opened({ viewport: { width, height: 640 } });
      await page.goto(`${app.url}/index.html${RESULTS}`);
      await resultsShown(page, 15_000);
      // As a link to a place on the page does (an error summary's link to its question): the
      // browser brings the target's top to the scroll padding, which must clear the header.
      const gap = await page.evaluate(() => {
        const target = document.querySelectorAll<HTMLElement>('main article')[1]!;
        target.scrollIntoView({ block: 'start' });
        return target.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      });
      expect(gap, `at ${width} px the second card's top is below the header`).toBeGreaterThanOrEqual(0);
      await page.screenshot({ path: `test-artifacts/screenshots/focus-below-header-${width}.png` });
      await close();
    }
  });
});
