// Meeting Guide feeds, end to end: the clinic demo page (examples/clinic.html) on one origin
// with its made-up feeds (examples/meetings/), the app on another. The loader reads the
// clinic's feeds and hands them to the frame; "Next meetings" appear under the shortlisted
// groups. Also: time zones, "use my location", .ics, hostile and broken feeds, and a feed
// on the app's own site read directly. See EMBEDDING.md, "Meeting feeds".
import { beforeAll, expect, it } from 'vitest';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContextOptions, Frame, Locator } from 'playwright-core';
import { axeCheck, describeBrowser, formatViolations, newPage, problems, screenshot, VIEWPORTS, type PageLog } from './support/browser.ts';
import { framedOnlyBy, useTwoOrigins } from './support/two-origins.ts';
import { pressForNextPage } from './support/quiz.ts';

const BASE = '/pathways/';
// Tuesday 1 December 2026, 09:00 in London.
const NOW = new Date('2026-12-01T09:00:00Z');
const AA_PRESETS = { 'preset-for': 'me', 'preset-concerns': 'alcohol', 'preset-spirituality': 'wants', 'preset-style': 'steps-and-sponsor', region: 'uk' };

describeBrowser('next meetings from Meeting Guide feeds', () => {
  const sites = useTwoOrigins({
    builds: [BASE],
    prepare: async ({ appRoot, hostRoot }) => {
      await cp('examples/meetings', join(hostRoot, 'meetings'), { recursive: true });
      await cp('examples/clinic.css', join(hostRoot, 'clinic.css'));
      await cp('examples/meetings/aa.json', join(appRoot, BASE, 'feeds/aa.json'));
      await writeFile(join(hostRoot, 'meetings/broken.json'), '[{"name": "Half a meeting", ');
      await writeFile(join(hostRoot, 'meetings/page.html'), '<!doctype html><title>Not a feed</title><p>Oops</p>');
      await writeFile(join(hostRoot, 'meetings/big.json'), `[${' '.repeat(5_100_000)}]`);
      await writeFile(join(hostRoot, 'meetings/hostile.json'), JSON.stringify(hostileFeed()));
    },
  });
  let pageNumber = 0;

  beforeAll(() => sites.app.setHeaders(framedOnlyBy(sites.host)));

  /** The demo page itself, pointed at this test's app server, with extra data-* attributes on the script. */
  async function openDemo(extra: Record<string, string>, options: Omit<BrowserContextOptions, 'viewport'> & { viewport?: { width: number; height: number } } = {}) {
    let html = await readFile('examples/clinic.html', 'utf8');
    html = html.replaceAll('http://127.0.0.1:4173/', `${sites.app.url}${BASE}`).replaceAll('http://127.0.0.1:4173', sites.app.url);
    const data = Object.entries(extra).map(([k, v]) => ` data-${k}="${v.replace(/"/g, '&quot;')}"`).join('');
    html = html.replace('data-target="pathways-finder"', `data-target="pathways-finder"${data}`);
    const file = `clinic-${++pageNumber}.html`;
    await writeFile(join(sites.hostRoot, file), html);
    const opened = await newPage(sites.browser, { viewport: VIEWPORTS.desktop, timezoneId: 'Europe/London', ...options });
    await opened.context.clock.setFixedTime(NOW);
    await opened.page.goto(`${sites.host.url}/${file}`);
    const handle = await opened.page.locator('iframe').elementHandle({ timeout: 10_000 });
    const frame = (await handle!.contentFrame())!;
    await frame.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout: 15_000 });
    return { ...opened, frame };
  }

  async function toResults(frame: Frame) {
    await frame.getByRole('button', { name: 'Start now' }).click();
    for (let step = 0; step < 30 && !(await frame.getByRole('button', { name: 'See my list' }).isVisible()); step++) {
      await pressForNextPage(frame, 'Continue');
    }
    await frame.getByRole('button', { name: 'See my list' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Groups that may suit you' }).waitFor();
  }

  const card = (frame: Frame, name: RegExp) => frame.locator('article.results-card').filter({ has: frame.getByRole('heading', { level: 3, name }) });
  const nextMeetings = (scope: Locator) => scope.getByRole('region', { name: 'Next meetings' });
  // A card out of sight is not laid out (content-visibility: auto), and in a frame below the host
  // page's fold innerText reads it as empty; its text is still there for screen readers and is read
  // here as they get it (textContent).
  const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const meetingNames = async (region: Locator) => Promise.all((await region.locator('.meeting__name').all()).map(text));
  const warnings = (log: PageLog) => log.console.filter((m) => m.type === 'warning').map((m) => m.text);
  const onlyTwoOrigins = (log: PageLog) => log.requests.filter((url) => !/^(blob|data|about):/.test(url) && !url.startsWith(sites.host.url) && !url.startsWith(sites.app.url));

  it('the clinic demo shows the next meetings of the shortlisted groups from the clinic’s own feeds', async () => {
    const { page, frame, log, close } = await openDemo(AA_PRESETS);
    await toResults(frame);
    const aa = nextMeetings(card(frame, /^Alcoholics Anonymous/));
    await aa.waitFor({ timeout: 15_000 });
    // Tuesday 09:00: today's evening meetings first; the Spanish-only meeting is left out for an English reader.
    await expect.poll(() => meetingNames(aa)).toEqual(['Hillside Tuesday', 'Rainbow Group', 'Late Night Phone Meeting']);
    const first = aa.getByRole('article', { name: 'Hillside Tuesday' });
    expect(await text(first)).toMatch(/In person[\s\S]*Tuesday, December 1 at 7:00\sPM[\s\S]*20 Hill Road, Hillside/);
    expect(await aa.getByRole('article', { name: 'Late Night Phone Meeting' }).getByRole('link', { name: /Call to join/ }).getAttribute('href')).toBe('tel:+442030005678');
    expect(await aa.textContent()).toMatch(/more meetings of this group match your answers/);
    // The feed's frame never fetched the host's files itself: the loader did, on the host's origin.
    const feedRequests = log.requests.filter((url) => url.includes('/meetings/'));
    expect(feedRequests.length).toBeGreaterThan(0);
    expect(feedRequests.every((url) => url.startsWith(`${sites.host.url}/meetings/`))).toBe(true);
    expect(onlyTwoOrigins(log)).toEqual([]);
    expect(problems(log)).toEqual([]);
    // The example's broken entries are each named once in the console.
    expect(warnings(log).filter((w) => /meeting feed \/meetings\/aa\.json: meeting \d+ .* skipped/.test(w))).toHaveLength(4);
    await screenshot(page, 'meetings-demo-results');
    await close();
  });

  it('a person in another time zone sees the same meetings at their own clock, with the meeting’s time too', async () => {
    const { frame, close } = await openDemo(AA_PRESETS, { timezoneId: 'America/New_York' });
    await toResults(frame);
    const aa = nextMeetings(card(frame, /^Alcoholics Anonymous/));
    const first = aa.getByRole('article', { name: 'Hillside Tuesday' });
    await first.waitFor({ timeout: 15_000 });
    expect(await aa.textContent()).toMatch(/your time zone \(America\/New York\)/);
    expect(await text(first)).toMatch(/Tuesday, December 1 at 2:00\sPM \(Tuesday 7:00\sPM where the meeting is \(Europe\/London\)\)/);
    await close();
  });

  it('“use my location” sorts each day by distance, on the device, with no request', async () => {
    const { page, frame, log, close } = await openDemo(AA_PRESETS, {
      geolocation: { latitude: 51.4499, longitude: -2.581 }, // at the Rainbow Group's door
      permissions: ['geolocation'],
      viewport: VIEWPORTS.phone,
    });
    await toResults(frame);
    const aa = nextMeetings(card(frame, /^Alcoholics Anonymous/));
    await expect.poll(() => meetingNames(aa), { timeout: 15_000 }).toEqual(['Hillside Tuesday', 'Rainbow Group', 'Late Night Phone Meeting']);
    const before = log.requests.length;
    await aa.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => meetingNames(aa)).toEqual(['Rainbow Group', 'Hillside Tuesday', 'Late Night Phone Meeting']);
    expect(await aa.getByRole('status').first().textContent()).toMatch(/Sorted by distance from where you are/);
    expect(await text(aa.getByRole('article', { name: 'Rainbow Group' }))).toMatch(/About 0\.0 km away/);
    expect(await text(aa.getByRole('article', { name: 'Hillside Tuesday' }))).toMatch(/About [5-9]\.\d km away/);
    expect(log.requests.slice(before)).toEqual([]);
    // A typed postcode the feed contains works the same way; one it does not is named.
    await aa.getByRole('button', { name: 'Stop using my location' }).click();
    await aa.getByLabel('Or type a town or postcode').fill('RV5');
    await aa.getByRole('button', { name: 'Find' }).click();
    await expect.poll(() => aa.getByRole('status').first().textContent()).toMatch(/Sorted by distance from RV5/);
    await aa.getByLabel('Or type a town or postcode').fill('Atlantis');
    await aa.getByRole('button', { name: 'Find' }).click();
    await expect.poll(() => aa.getByRole('status').first().textContent()).toMatch(/“Atlantis” is not in the meeting list/);
    expect(log.requests.slice(before)).toEqual([]);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await screenshot(page, 'meetings-location-phone');
    await close();
  });

  it('adds a meeting to the calendar with an .ics file made on the device', async () => {
    const { page, frame, log, close } = await openDemo(AA_PRESETS);
    await toResults(frame);
    const aa = nextMeetings(card(frame, /^Alcoholics Anonymous/));
    const before = log.requests.filter((url) => !url.startsWith('blob:')).length;
    const [download] = await Promise.all([page.waitForEvent('download'), aa.getByRole('button', { name: 'Add Hillside Tuesday to your calendar' }).click()]);
    expect(download.suggestedFilename()).toBe('Hillside-Tuesday.ics');
    const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n /g, '');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VEVENT',
        'SUMMARY:Hillside Tuesday',
        'DTSTART;TZID=Europe/London:20261201T190000',
        'DTEND;TZID=Europe/London:20261201T200000',
        'RRULE:FREQ=WEEKLY;BYDAY=TU',
        'LOCATION:Hillside Church Hall\\, 20 Hill Road\\, Hillside\\, RV5 2HR\\, UK',
        'END:VCALENDAR',
      ]),
    );
    expect(log.requests.filter((url) => !url.startsWith('blob:')).length).toBe(before);
    await close();
  });

  it('tap-to-join online meetings, with the notes the feed gives', async () => {
    const { frame, close } = await openDemo({ ...AA_PRESETS, 'preset-formats': 'online-video' });
    await toResults(frame);
    const aa = nextMeetings(card(frame, /^Alcoholics Anonymous/));
    const lunch = aa.getByRole('article', { name: 'Lunchtime Online' });
    await lunch.waitFor({ timeout: 15_000 });
    expect(await meetingNames(aa)).not.toContain('Hillside Tuesday'); // in person only: not for an online-only answer
    expect(await lunch.getByRole('link', { name: /^Join online: Lunchtime Online/ }).getAttribute('href')).toBe('https://meet.example/riverside-lunch');
    expect(await text(lunch)).toMatch(/How to join\s*Dial the number; the meeting code is entered for you\./);
    await close();
  });

  it('a hostile feed is skipped entry by entry, with warnings in the preview, and nothing injected', async () => {
    const { page, frame, log, close } = await openDemo({ ...AA_PRESETS, 'meeting-feeds': 'alcoholics-anonymous meetings/hostile.json', preview: '' });
    const panel = frame.getByRole('region', { name: 'Preview: settings check' });
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toMatch(/more meetings skipped \(9998 in all/);
    const text = (await panel.textContent())!;
    expect(text).toMatch(/meeting 1 "<img src=x onerror=.*" \(slug "h1"\) skipped: field "name" .* contains HTML/);
    expect(text).toMatch(/field "conference_url" is "javascript:/);
    expect(text).toMatch(/field "day" is "Monday"; expected a day number/);
    await toResults(frame);
    const aa = nextMeetings(card(frame, /^Alcoholics Anonymous/));
    await expect.poll(() => meetingNames(aa), { timeout: 15_000 }).toEqual(['Plain Tuesday', 'Plain Friday']);
    expect(await frame.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await frame.locator('.meetings img, .meetings script, .meetings iframe, a[href^="javascript:"]').count()).toBe(0);
    expect(onlyTwoOrigins(log)).toEqual([]);
    expect(problems(log)).toEqual([]);
    await screenshot(page, 'meetings-hostile-preview');
    await close();
  });

  it('bad feeds each give one clear warning in the preview, and the rest of the app works', async () => {
    const feeds = [
      'alcoholics-anonymous meetings/broken.json',
      'al-anon https://evil.example/feed.json',
      'narcotics-anonymous meetings/page.html',
      'smart-recovery meetings/big.json',
      'lifering meetings/missing.json',
      'cocaine-anonymous meetings/na.json timezone=Mars/Base',
    ].join(', ');
    const { page, frame, log, close } = await openDemo({ ...AA_PRESETS, 'meeting-feeds': feeds, preview: '' });
    const panel = frame.getByRole('region', { name: 'Preview: settings check' });
    const expected = [
      /meetingFeeds\[5\]\.timezone: "Mars\/Base" ignored; expected a time zone name/,
      /meeting feed \/meetings\/broken\.json is not valid JSON/,
      /https:\/\/evil\.example\/feed\.json is on neither Pathways' site .* nor the embedding page's/,
      /meeting feed \/meetings\/page\.html is a web page \(HTML\), not a JSON feed/,
      /meeting feed \/meetings\/big\.json: .*larger than 5 MB/,
      /meeting feed \/meetings\/missing\.json: .*answered 404/,
    ];
    for (const pattern of expected) await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toMatch(pattern);
    for (const pattern of expected) expect(warnings(log).filter((w) => pattern.test(w)), String(pattern)).toHaveLength(1);
    expect(log.requests.filter((url) => /^[a-z]+:\/\/evil\.example/.test(url))).toEqual([]);
    await toResults(frame);
    expect(await frame.getByRole('region', { name: 'Next meetings' }).count()).toBe(0);
    expect(await card(frame, /^Alcoholics Anonymous/).count()).toBe(1);
    expect(problems(log, [/404 .*missing\.json/, /Failed to load resource/])).toEqual([]);
    await screenshot(page, 'meetings-bad-feeds-preview');
    await close();
  });

  it('a feed on the app’s own site is read directly, without a loader', async () => {
    const { page, log, close } = await newPage(sites.browser, { timezoneId: 'Europe/London', viewport: VIEWPORTS.phone });
    await page.clock.setFixedTime(NOW);
    const query = 'meetingFeeds=alcoholics-anonymous%20feeds/aa.json&preset.for=me&preset.concerns=alcohol&preset.spirituality=wants&preset.style=steps-and-sponsor&region=uk';
    await page.goto(`${sites.app.url}${BASE}index.html?${query}`);
    await page.waitForSelector('html[data-app="live"]', { state: 'attached', timeout: 15_000 });
    await page.getByRole('button', { name: 'Start now' }).click();
    for (let step = 0; step < 30 && !(await page.getByRole('button', { name: 'See my list' }).isVisible()); step++) {
      await pressForNextPage(page, 'Continue');
    }
    await page.getByRole('button', { name: 'See my list' }).click();
    const aa = page.locator('article.results-card').filter({ has: page.getByRole('heading', { level: 3, name: /^Alcoholics Anonymous/ }) }).getByRole('region', { name: 'Next meetings' });
    await expect.poll(() => meetingNames(aa), { timeout: 15_000 }).toEqual(['Hillside Tuesday', 'Rainbow Group', 'Late Night Phone Meeting']);
    expect(log.requests.some((url) => url === `${sites.app.url}${BASE}feeds/aa.json`)).toBe(true);
    // The meetings view passes axe (WCAG 2.2 AA rules) with its location controls showing.
    await aa.getByRole('button', { name: 'Use my location' }).waitFor();
    const violations = await axeCheck(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(log.requests.filter((url) => !/^(blob|data):/.test(url) && !url.startsWith(sites.app.url))).toEqual([]);
    expect(problems(log)).toEqual([]);
    await close();
  });
});

/** 10,000 entries: script in names, javascript: links, wrong types; two plain meetings among them. */
function hostileFeed(): unknown[] {
  const entries: unknown[] = [];
  for (let i = 0; i < 10_000; i++) {
    const kind = i % 4;
    if (kind === 0) entries.push({ name: `<script>window.pwned=${i}</script>`, slug: `h${i}`, day: 2, time: '19:00', address: '1 Main St' });
    else if (kind === 1) entries.push({ name: '<img src=x onerror="window.pwned=1">', slug: `h${i}`, day: 2, time: '19:00', address: '1 Main St' });
    else if (kind === 2) entries.push({ name: `Link ${i}`, slug: `h${i}`, day: 2, time: '19:00', conference_url: 'javascript:window.pwned=1' });
    else entries.push({ name: `Wrong ${i}`, slug: `h${i}`, day: 'Monday', time: 1900, latitude: 'north' });
  }
  entries[5000] = { name: 'Plain Tuesday', slug: 'plain-tue', day: 2, time: '19:00', timezone: 'Europe/London', address: '1 Main St', city: 'Riverside' };
  entries[5001] = { name: 'Plain Friday', slug: 'plain-fri', day: 5, time: '19:00', timezone: 'Europe/London', address: '2 Main St', city: 'Riverside' };
  return entries;
}
