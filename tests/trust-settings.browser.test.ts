// Issue 14, item 1 (and the embed parts of item 6): clinic text and links (contact line,
// "Offered here", exit address, group filters) apply only where a clinic really set them —
// a frame whose parent the loader proves, or the settings file on the app's own site —
// never from a plain link; a preview link says so loudly. See src/settings/trust.ts.
import { expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describeBrowser, newPage, problems, screenshot, VIEWPORTS } from './support/browser.ts';
import { useTwoOrigins } from './support/two-origins.ts';
import { resultsShown } from './support/results.ts';

const SPOOF = {
  contactName: 'Pathways 24-hour crisis team',
  contactPhone: '0900 123 4567',
  contactUrl: 'https://evil.example/help',
  exitUrl: 'https://evil.example/exit',
  offered: 'smart-recovery:Ask for Dave',
  include: 'smart-recovery',
};
/** Results for "me, alcohol" straight from a share link. */
const RESULTS = `#results=${Buffer.from(JSON.stringify({ for: 'me', concerns: ['alcohol'], region: 'uk' })).toString('base64url')}`;
const query = (extra: Record<string, string> = {}) => `?${new URLSearchParams({ ...SPOOF, ...extra })}`;

describeBrowser('clinic settings only from a clinic (issue 14, item 1)', () => {
  const sites = useTwoOrigins({
    builds: ['a', 'own'],
    // A clinic that publishes its own copy: its settings file beside index.html.
    prepare: ({ appRoot }) =>
      writeFile(
        join(appRoot, 'own', 'pathways-settings.json'),
        JSON.stringify({ contactLine: { name: 'Riverside Clinic', phone: '0300 123 4567' }, exitUrl: 'https://exit.example/own' }),
      ),
  });
  let n = 0;

  async function open(url: string, width: number = VIEWPORTS.desktop.width) {
    const opened = await newPage(sites.browser, { viewport: { width, height: 740 } });
    await opened.context.route(/^https:\/\/(evil|exit)\.example\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title>' }));
    await opened.page.goto(url);
    await opened.page.waitForSelector('html[data-app="live"]', { state: 'attached' });
    return opened;
  }

  const results = (page: Page | Frame) => page.getByRole('heading', { level: 1, name: 'Groups that may suit you' }).waitFor({ timeout: 15_000 });
  const safety = (page: Page | Frame) => page.locator('.results-safety');

  it('a spoof link at top level shows no clinic text, keeps the safe exit, and says details were not used', async () => {
    const { page, log, close } = await open(`${sites.app.url}/a/index.html${query()}${RESULTS}`);
    await results(page);
    await resultsShown(page);
    const notice = page.getByRole('region', { name: 'Some details in this link were not used' });
    await notice.waitFor();
    const text = await page.locator('main').innerText();
    for (const spoofed of ['crisis team', '0900 123 4567', 'evil.example', 'Ask for Dave', 'Offered here']) expect(text).not.toContain(spoofed);
    expect(await page.locator('a[href*="evil.example"], a[href^="tel:0900"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Exit this page' }).getAttribute('href')).toBe('https://www.bbc.co.uk/weather');
    // Group filters are clinic-only too: every suitable group is listed, not just the "included" one.
    expect(await page.locator('main article').count()).toBeGreaterThan(1);
    expect(log.console.some((m) => m.type === 'warning' && /contactLine.*not used, because a plain link/.test(m.text))).toBe(true);
    await screenshot(page, 'trust-spoof-link-top-level');
    expect(problems(log)).toEqual([]);
    await close();
  });

  it('a preview link shows the clinic details under a banner nobody can miss, each marked as a preview, and Exit stays safe', async () => {
    const { page, close } = await open(`${sites.app.url}/a/index.html${query({ preview: '1' })}${RESULTS}`, VIEWPORTS.phone.width);
    const banner = page.getByRole('region', { name: 'Preview only: this is not a real clinic page' });
    await banner.waitFor();
    await results(page);
    const contact = page.locator('.settings-contact');
    await contact.waitFor();
    expect(await contact.innerText()).toMatch(/Preview, not checked[\s\S]*Pathways 24-hour crisis team/);
    expect(await page.getByRole('region', { name: /Offered here/ }).first().innerText()).toMatch(/Preview, not checked/);
    expect(await page.getByRole('link', { name: 'Exit this page' }).getAttribute('href')).toBe('https://www.bbc.co.uk/weather');
    // The banner is at the top of the page, before anything else in the main content, and big.
    const box = await banner.boundingBox();
    expect(box!.height).toBeGreaterThan(80);
    expect(await page.locator('main > *').first().evaluate((el) => el.classList.contains('trust-banner'))).toBe(true);
    await screenshot(page, 'trust-preview-link-phone');
    await close();
  });

  it('the settings file on the app’s own site applies, labelled with this site; national helplines stay apart', async () => {
    const { page, log, close } = await open(`${sites.app.url}/own/index.html${RESULTS}`);
    await results(page);
    const contact = page.locator('.settings-contact');
    await contact.waitFor();
    expect(await contact.innerText()).toMatch(new RegExp(`Local service[\\s\\S]*Talk to someone at Riverside Clinic[\\s\\S]*From this website: ${new URL(sites.app.url).host}`));
    expect(await page.getByRole('link', { name: 'Exit this page' }).getAttribute('href')).toBe('https://exit.example/own');
    // Visually distinct: the clinic's box has its own border, unlike the helpline list.
    const styles = await contact.evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(styles).toBe('solid');
    expect(await safety(page).locator('.settings-contact').count()).toBeLessThanOrEqual(1);
    expect(problems(log)).toEqual([]);
    await close();
  });

  async function hostPage(body: string) {
    const file = `host-${++n}.html`;
    await writeFile(join(sites.hostRoot, file), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside Clinic</title></head><body>${body}</body></html>`);
    return `${sites.host.url}/${file}`;
  }

  async function frameOf(page: Page): Promise<Frame> {
    const frame = await (await page.locator('iframe').elementHandle({ timeout: 10_000 }))!.contentFrame();
    await frame!.waitForSelector('html[data-app="live"]', { state: 'attached', timeout: 15_000 });
    return frame!;
  }

  it('inside the loader’s frame, the clinic’s contact line applies, with the verified site it came from', async () => {
    const attributes = 'data-contact-name="Riverside Clinic" data-contact-phone="0300 123 4567" data-exit-url="https://exit.example/clinic"';
    const url = await hostPage(`<script src="${sites.app.url}/a/embed.js" async ${attributes}></script>`);
    const opened = await newPage(sites.browser);
    await opened.page.goto(url);
    const frame = await frameOf(opened.page);
    await frame.evaluate((hash) => (location.hash = hash), RESULTS);
    await results(frame);
    const contact = frame.locator('.settings-contact');
    await contact.waitFor();
    expect(await contact.innerText()).toContain(`From the website you came from: ${new URL(sites.host.url).host}`);
    await expect.poll(() => frame.getByRole('link', { name: 'Exit this page' }).getAttribute('href')).toBe('https://exit.example/clinic');
    expect(problems(opened.log)).toEqual([]);
    await opened.close();
  });

  it('a plain iframe (no loader to prove its parent) gets no clinic text, and says so', async () => {
    const url = await hostPage(`<iframe title="Pathways" width="100%" height="900" src="${sites.app.url}/a/index.html${query()}${RESULTS}"></iframe>`);
    const opened = await newPage(sites.browser);
    await opened.page.goto(url);
    const frame = await frameOf(opened.page);
    await results(frame);
    await frame.getByRole('region', { name: 'Some details in this link were not used' }).waitFor({ timeout: 10_000 });
    expect(await frame.locator('main').innerText()).not.toContain('0900 123 4567');
    expect(await frame.getByRole('link', { name: 'Exit this page' }).getAttribute('href')).toBe('https://www.bbc.co.uk/weather');
    await opened.close();
  });

  it('data-lang="constructor" gives the frame the ordinary title, not an inherited property', async () => {
    const url = await hostPage(`<script src="${sites.app.url}/a/embed.js" async data-lang="constructor"></script>`);
    const opened = await newPage(sites.browser);
    await opened.page.goto(url);
    await opened.page.locator('iframe').waitFor({ state: 'attached' });
    expect(await opened.page.locator('iframe').getAttribute('title')).toBe('Pathways: find a recovery support group');
    await opened.close();
  });
});
