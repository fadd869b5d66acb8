// The embed, end to end: a clinic's page on one origin (with a strict CSP) loads
// embed.js from the app's origin, where the build sits in a sub-folder. Checks the
// iframe, its height through the quiz, theme, language, presets, local groups,
// bad settings and the quick exit. See EMBEDDING.md.
import { beforeAll, expect, inject, it } from 'vitest';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { describeBrowser, newPage, problems, screenshot, VIEWPORTS, type PageLog } from './support/browser.ts';
import { framedOnlyBy, useTwoOrigins } from './support/two-origins.ts';
import { pressForNextPage } from './support/quiz.ts';

const EXIT = 'https://exit.example/weather';
const BASE = '/pathways/'; // the build in a sub-folder, as on a shared static host

describeBrowser('embedding on a clinic website', () => {
  const sites = useTwoOrigins({
    builds: [BASE],
    // The clinic's local-groups file sits beside the build (same origin as the app).
    prepare: async ({ appRoot }) => {
      await cp('examples/local-groups.json', join(appRoot, BASE, 'clinic/local-groups.json'));
      await writeFile(join(appRoot, BASE, 'clinic/broken.json'), '{"groups": [ { "profile": "lifering", ');
    },
  });
  let pageNumber = 0;

  beforeAll(() => {
    sites.app.setHeaders(framedOnlyBy(sites.host));
    // The clinic's strict policy: its own files, the loader script, and frames from the app only.
    sites.host.setHeaders({
      'Content-Security-Policy': `default-src 'none'; script-src 'self' ${sites.app.url}${BASE}embed.js; frame-src ${sites.app.url}; style-src 'self'; img-src 'self'`,
    });
  });

  /** Writes a clinic page with the snippet (and `data-*` attributes) and opens it. */
  async function openHost(attributes: Record<string, string>, options: { target?: boolean; width?: number } = {}) {
    const data = Object.entries(attributes).map(([k, v]) => ` data-${k}="${v.replace(/"/g, '&quot;')}"`).join('');
    const file = `clinic-${++pageNumber}.html`;
    await writeFile(
      join(sites.hostRoot, file),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riverside Clinic</title></head><body><header><p>Riverside Clinic</p></header><main><h1>Find a support group</h1>
<p>Our staff can help you choose.</p>${options.target ? '<div id="pathways-here"></div><p>Between</p>' : ''}
<script src="${sites.app.url}${BASE}embed.js" async${data}></script><p id="after">Call us on 0300 123 4567.</p></main></body></html>`,
    );
    const viewport = options.width ? { width: options.width, height: 740 } : VIEWPORTS.desktop;
    const opened = await newPage(sites.browser, { viewport });
    await opened.context.route('https://exit.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    // Globals present before any script of the page runs, to prove the loader adds none.
    await opened.context.addInitScript(() => Object.assign(window, { __globalsAtStart: Object.keys(window) }));
    await opened.page.goto(`${sites.host.url}/${file}`);
    const frame = await appFrame(opened.page);
    return { ...opened, frame };
  }

  async function appFrame(page: Page): Promise<Frame> {
    const handle = await page.locator('iframe').elementHandle({ timeout: 10_000 });
    const frame = await handle!.contentFrame();
    // The page arrives pre-rendered; wait until React has taken it over (settings applied by then).
    await frame!.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__reactContainer')), null, { timeout: 10_000 });
    await frame!.locator('h1').first().waitFor({ timeout: 10_000 });
    return frame!;
  }

  /**
   * The iframe fits its content, in steps of 200 px (the app rounds heights up, so the exact
   * height, which depends on the answers, never reaches the host): no inner scrollbar, and less
   * than one step of empty space below the content.
   */
  async function expectFitted(page: Page, frame: Frame) {
    await expect
      .poll(async () => {
        const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => ({
          content: document.documentElement.getBoundingClientRect().height,
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
        }));
        const gap = outer - inner.content;
        return gap >= -1 && gap < 200 && Math.round(outer) % 200 === 0 && inner.scroll <= inner.client;
      }, { timeout: 5_000 })
      .toBe(true);
    return page.locator('iframe').evaluate((el) => Math.round(el.getBoundingClientRect().height));
  }

  const warnings = (log: PageLog) => log.console.filter((m) => m.type === 'warning').map((m) => m.text);

  it('puts the iframe at the script, titled, full width, and leaves the host page alone', async () => {
    const { page, log, frame, close } = await openHost({ lang: 'en' });
    const iframe = page.locator('iframe');
    expect(await iframe.getAttribute('title')).toBe('Pathways: find a recovery support group');
    expect(await iframe.evaluate((el) => el.previousElementSibling?.tagName + ' ' + el.nextElementSibling?.id)).toBe('SCRIPT after');
    const box = await iframe.evaluate((el) => ({ width: el.clientWidth, parent: el.parentElement!.clientWidth, border: getComputedStyle(el).borderTopWidth }));
    expect(box).toEqual({ width: box.parent, parent: box.parent, border: '0px' });
    expect(frame.url()).toMatch(new RegExp(`^${sites.app.url}${BASE}index.html\\?lang=en&parentOrigin=`));
    expect(await page.title()).toBe('Riverside Clinic');
    expect(await page.evaluate(() => [scrollY, document.head.querySelectorAll('style, link').length])).toEqual([0, 0]);
    const globals = await page.evaluate(() => {
      const before = (window as unknown as { __globalsAtStart: string[] }).__globalsAtStart;
      // "0" is the iframe's own window (window[0]), not a global.
      return Object.keys(window).filter((k) => !k.startsWith('__') && k !== '0' && !before.includes(k));
    });
    expect(globals).toEqual([]);
    expect(problems(log), 'errors or CSP violations on the host or in the app').toEqual([]);
    expect(log.requests.filter((url) => !url.startsWith(sites.host.url) && !url.startsWith(sites.app.url))).toEqual([]);
    await close();
  });

  for (const [name, width] of [['desktop', 1280], ['phone', 360]] as const) {
    it(`grows and shrinks with the content through the quiz (${name})`, async () => {
      const { page, frame, log, close } = await openHost({ lang: 'en' }, { width });
      const start = await expectFitted(page, frame);
      await frame.getByRole('button', { name: 'Start now' }).click();
      await frame.getByRole('heading', { name: 'Who are you looking for help for?' }).waitFor();
      const question = await expectFitted(page, frame);
      expect(question).not.toBe(start);
      await frame.getByLabel('For someone I care about').check();
      await frame.getByRole('button', { name: 'Continue' }).click();
      await frame.getByRole('heading', { name: 'How are you related to them?' }).waitFor();
      await expectFitted(page, frame);
      expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await screenshot(page, `embed-question-${name}`);
      expect(problems(log)).toEqual([]);
      await close();
    });
  }

  it('applies the accent colour and the language, inside the element named by data-target', async () => {
    const { page, frame, log, close } = await openHost({ lang: 'es', accent: '#005eb8', radius: '12', target: 'pathways-here' }, { target: true });
    expect(await page.locator('#pathways-here > iframe').count()).toBe(1);
    expect(await page.locator('iframe').getAttribute('title')).toMatch(/encuentre un grupo/);
    expect(await frame.locator('html').getAttribute('lang')).toBe('es');
    const start = frame.locator('.button--start');
    expect(await start.textContent()).toMatch(/Empezar/);
    expect(await start.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).borderTopLeftRadius])).toEqual([
      'rgb(0, 94, 184)',
      '12px',
    ]);
    expect(warnings(log)).toEqual([]);
    await close();
  });

  it('starts with the preset answers, which the person can still change', async () => {
    const { frame, close } = await openHost({ 'preset-for': 'someone-else', 'preset-concerns': 'alcohol,gambling', region: 'uk' });
    await frame.getByRole('button', { name: 'Start now' }).click();
    expect(await frame.getByLabel('For someone I care about').isChecked()).toBe(true);
    await frame.getByLabel('For me').check(); // changed: the family questions are no longer asked
    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.getByRole('heading', { name: 'What are you struggling with?' }).waitFor();
    expect(await frame.getByLabel('Alcohol').isChecked()).toBe(true);
    expect(await frame.getByLabel('Gambling').isChecked()).toBe(true);
    await close();
  });

  it('falls back safely from bad settings, with one warning each, shown on the page in preview', async () => {
    const { page, frame, log, close } = await openHost({
      accent: 'red',
      region: 'mars',
      colour: 'blue',
      target: 'nowhere',
      'local-groups': 'https://evil.example/groups.json',
      preview: '',
    });
    expect(await page.locator('#after').evaluate((el) => el.previousElementSibling?.tagName)).toBe('IFRAME');
    await frame.getByRole('button', { name: 'Start now' }).waitFor();
    const panel = frame.getByRole('region', { name: 'Preview: settings check' });
    await expect.poll(() => panel.textContent(), { timeout: 5_000 }).toMatch(/evil\.example.*not on the same site/);
    const expected = [/^Pathways embed: data-colour is not a Pathways option/, /^Pathways embed: data-target="nowhere"/, /theme\.accent: "red" ignored/, /region: "mars" ignored/, /localGroupsUrl: .*evil\.example.*not on the same site/];
    await expect.poll(() => warnings(log).length).toBe(expected.length);
    for (const pattern of expected) expect(warnings(log).filter((w) => pattern.test(w)), String(pattern)).toHaveLength(1);
    expect(log.requests.filter((url) => new URL(url).hostname === 'evil.example')).toEqual([]);
    expect(problems(log)).toEqual([]);
    await screenshot(page, 'embed-preview-warnings');
    await close();
  });

  it('adjusts an accent that fails contrast, and survives a missing or broken local-groups file', async () => {
    for (const file of ['clinic/missing.json', 'clinic/broken.json']) {
      const { frame, log, close } = await openHost({ accent: '#ffdd00', 'local-groups': file });
      const start = frame.locator('.button--start');
      await expect.poll(() => warnings(log).length).toBe(0 + 2);
      expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 221, 0)');
      expect(warnings(log)[0]).toMatch(/theme\.accent: #ffdd00 has contrast .* is used instead/);
      expect(warnings(log)[1]).toMatch(file.includes('missing') ? /answered 404; no local groups shown/ : /is not valid JSON/);
      expect(problems(log, [/404 .*missing\.json/, /Failed to load resource/])).toEqual([]);
      await close();
    }
  });

  it('shows the clinic’s local groups under the matching group, with its contact line', async () => {
    const { page, frame, log, close } = await openHost({
      'preset-for': 'me',
      'preset-concerns': 'alcohol',
      'preset-spirituality': 'secular',
      'preset-style': 'practical-tools',
      region: 'uk',
      offered: 'smart-recovery:Thursdays at 7pm, Room 2',
      'local-groups': 'clinic/local-groups.json',
      'contact-name': 'Riverside Clinic',
      'contact-phone': '0300 123 4567',
    });
    await frame.getByRole('button', { name: 'Start now' }).click();
    // Continue keeps each preset answer (skipping would clear it) and passes the unanswered questions.
    for (let step = 0; step < 30 && !(await frame.getByRole('button', { name: 'See my list' }).isVisible()); step++) {
      await pressForNextPage(frame, 'Continue');
    }
    await frame.getByRole('button', { name: 'See my list' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Groups that may suit you' }).waitFor();
    await screenshot(page, 'embed-results');
    const smart = frame.locator('article').filter({ has: frame.getByRole('heading', { name: /^SMART Recovery/ }) });
    await smart.getByRole('region', { name: 'Near you' }).waitFor({ timeout: 10_000 });
    expect(await smart.getByRole('region', { name: 'Near you' }).textContent()).toMatch(/SMART Recovery at Riverside Clinic.*Riverside SMART online/);
    expect(await smart.getByRole('region', { name: 'Offered here' }).textContent()).toMatch(/Thursdays at 7pm, Room 2/);
    expect(await frame.getByRole('region', { name: 'Near you' }).count()).toBe(1); // Al-Anon's meeting is not under SMART
    expect(await frame.getByRole('region', { name: 'Talk to someone at Riverside Clinic' }).count()).toBe(1);
    await expectFitted(page, frame);
    await screenshot(page, 'embed-results-local-groups');
    expect(problems(log)).toEqual([]);
    await close();
  });

  for (const how of ['button', 'Shift three times'] as const) {
    it(`quick exit (${how}) leaves the whole host page, not just the frame`, async () => {
      const { page, frame, close } = await openHost({ 'exit-url': EXIT });
      const hostUrl = page.url();
      if (how === 'button') await frame.getByRole('link', { name: 'Exit this page' }).click();
      else {
        await frame.getByRole('button', { name: 'Start now' }).focus();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      }
      await page.waitForURL(EXIT);
      await expect.poll(() => page.title()).toBe('Weather');
      await page.goBack().catch(() => null);
      expect(page.url()).not.toBe(hostUrl); // replaced, so Back does not return to it
      await close();
    });
  }

  it('the loader ignores height and exit messages that do not come from the app', async () => {
    const { page, frame, close } = await openHost({});
    const height = await expectFitted(page, frame);
    // The host page (another origin, another window) pretends to be the app.
    await page.evaluate(() => {
      postMessage({ type: 'pathways:height', height: 5 }, '*');
      postMessage({ type: 'pathways:exit', url: 'https://exit.example/weather' }, '*');
    });
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/clinic-\d+\.html$/);
    expect(await page.locator('iframe').evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(height);
    await close();
  });

  it('works as a plain iframe with settings in its address (no loader, no height messages)', async () => {
    const file = `plain-${++pageNumber}.html`;
    const src = `${sites.app.url}${BASE}index.html?lang=es&accent=%23005eb8&mode=dark`;
    await writeFile(join(sites.hostRoot, file), `<!doctype html><title>Plain</title><iframe title="Pathways" src="${src}" width="100%" height="800"></iframe>`);
    const { page, log, close } = await newPage(sites.browser);
    await page.goto(`${sites.host.url}/${file}`);
    const frame = await appFrame(page);
    expect(await frame.locator('html').evaluate((el: HTMLElement) => [el.lang, el.dataset.theme])).toEqual(['es', 'dark']);
    expect(problems(log)).toEqual([]);
    await close();
  });

  it('keeps the loader tiny: dist/embed.js is at most 3 KiB gzipped', async () => {
    const size = gzipSync(await readFile(join(inject('distRoot'), 'embed.js')), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(3 * 1024);
  });
});
