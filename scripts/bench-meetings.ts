/**
 * npm run bench:meetings: how long a Meeting Guide feed of 10,000 meetings takes to be read,
 * checked and turned into "next meetings". A measurement, not a test: it always exits 0.
 *   1. In Node: JSON.parse, the per-meeting checks, and one "next meetings" query (median of 5 runs).
 *   2. In Chromium with the CPU slowed 4× (a cheap phone), against the production build in dist/:
 *      the feed is read and checked in the worker while the page stays free; prints the time
 *      and every long task (> 50 ms) on the page's main thread while it happens, then the same
 *      for showing the results with next meetings.
 *   npm run bench:meetings -- --no-browser    only part 1
 * The feed is generated from a fixed seed, so runs time the same work.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { nextMeetings } from '../src/meetings/next-meetings.ts';
import { parseFeed, readFeedText } from '../src/meetings/parse-feed.ts';
import type { FeedSource } from '../src/meetings/types.ts';
import { PROJECT_ROOT } from '../src/content/load-node.ts';
import { CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { chromiumPath } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/server.ts';
import { prng } from './seeded-random.ts';

const COUNT = 10_000;
const ZONES = ['Europe/London', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Australia/Sydney'];
const TYPES = ['O', 'C', 'D', 'BE', 'W', 'M', 'LGBTQ', 'S', 'X', 'B', 'ST', 'SP', 'AL-AN', 'MED', 'TC'];


/** A large intergroup's feed: mostly rooms, some online and hybrid, about 1 in 50 broken. */
function makeFeed(count: number): unknown[] {
  const r = prng(12);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const two = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const online = r() < 0.25;
    const room = !online || r() < 0.3;
    const meeting: Record<string, unknown> = {
      name: `Meeting ${i} ${pick(['Serenity', 'Early Birds', 'Step Study', 'Big Book', 'Women’s Group', 'Newcomers'])}`,
      slug: `meeting-${i}`,
      day: r() < 0.1 ? [1, 2, 3, 4, 5] : Math.floor(r() * 7),
      time: `${two(6 + Math.floor(r() * 16))}:${pick(['00', '15', '30', '45'])}`,
      end_time: r() < 0.7 ? `${two(7 + Math.floor(r() * 16))}:00` : undefined,
      timezone: pick(ZONES),
      types: TYPES.filter(() => r() < 0.15),
      notes: r() < 0.4 ? 'Use the side door. Tea and coffee from half an hour before.\nNo need to speak.' : undefined,
      updated: '2026-10-01 12:00:00',
    };
    if (room) Object.assign(meeting, { location: `Hall ${i}`, address: `${i % 200} Main Street`, city: `Town ${i % 150}`, postal_code: `AB${i % 90} ${i % 9}CD`, latitude: 51 + r(), longitude: -2 + r() });
    if (online) Object.assign(meeting, { conference_url: `https://zoom.example/j/${100000 + i}`, conference_url_notes: 'Passcode 1234' });
    if (i % 50 === 7) meeting.time = '7pm'; // broken entries, as real feeds have
    if (i % 97 === 3) meeting.conference_url = 'javascript:alert(1)';
    return meeting;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function nodeBench(text: string) {
  const source: FeedSource = { url: 'https://app.example/feed.json', group: 'alcoholics-anonymous', types: { 'AL-AN': 'al-anon' } };
  const parse: number[] = [];
  const check: number[] = [];
  const query: number[] = [];
  let kept = 0;
  let skipped = 0;
  for (let run = 0; run < 5; run++) {
    let t = performance.now();
    readFeedText(text, 'bench');
    parse.push(performance.now() - t);
    t = performance.now();
    const parsed = await parseFeed(text, source, 0);
    check.push(performance.now() - t - parse[run]!);
    kept = parsed.counts.kept;
    skipped = parsed.counts.skipped;
    t = performance.now();
    nextMeetings(parsed.meetings, {
      groups: ['alcoholics-anonymous', 'al-anon'],
      now: Date.UTC(2026, 11, 1, 9),
      personZone: 'Europe/London',
      formats: ['in-person', 'online-video'],
      gender: 'woman',
      language: 'en',
      origin: { latitude: 51.5, longitude: -1.5 },
    });
    query.push(performance.now() - t);
  }
  console.log(`\n1. Node ${process.version}, ${COUNT} meetings (${(text.length / 1e6).toFixed(2)} MB), median of 5 runs`);
  console.log(`   JSON.parse                       ${ms(median(parse))}`);
  console.log(`   checks (zod/mini, per meeting)   ${ms(median(check))}   kept ${kept}, skipped ${skipped}`);
  console.log(`   next meetings, 2 groups          ${ms(median(query))}`);
}

async function browserBench(text: string) {
  const dist = join(PROJECT_ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('\n2. Browser: no dist/ (run `npx vite build` first); skipped');
    return;
  }
  const root = await mkdtemp(join(tmpdir(), 'pathways-bench-meetings-'));
  await cp(dist, root, { recursive: true });
  await writeFile(join(root, 'feed.json'), text);
  const server = await startStaticServer({ root });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, timezoneId: 'Europe/London' });
    const page = await context.newPage();
    await context.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
      Object.assign(window, { __longTasks: tasks });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const presets = 'preset.for=me&preset.concerns=alcohol&preset.spirituality=wants&preset.style=steps-and-sponsor&region=uk';
    await page.goto(`${server.url}/index.html?meetingFeeds=alcoholics-anonymous%20feed.json%20AL-AN=al-anon&${presets}`);
    await page.waitForFunction(() => performance.getEntriesByName('pathways:meetings-ready').length > 0, null, { timeout: 120_000 });
    const load = await page.evaluate(() => {
      const start = performance.getEntriesByName('pathways:meetings-start')[0]!.startTime;
      const end = performance.getEntriesByName('pathways:meetings-ready')[0]!.startTime;
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      return {
        start,
        end,
        took: end - start,
        before: tasks.filter((t) => t.start + t.duration < start).map((t) => Math.round(t.duration)),
        during: tasks.filter((t) => t.start + t.duration >= start && t.start <= end).map((t) => Math.round(t.duration)),
      };
    });
    // The same page without a feed, over the same stretch of time: the long tasks that are the app's own start-up.
    const control = await context.newPage();
    const controlCdp = await context.newCDPSession(control);
    await controlCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await control.goto(`${server.url}/index.html?${presets}`);
    await control.waitForTimeout(load.end + 500);
    const baseline = await control.evaluate(
      ({ end }) =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((t) => t.start <= end)
          .map((t) => Math.round(t.duration)),
      load,
    );
    await control.close();
    console.log(`\n2. Chromium, CPU 4× slower, 360×740, production build`);
    console.log(`   fetch + JSON.parse + checks in the worker: ${ms(load.took)}`);
    const list = (xs: number[]) =>
      `${xs.length ? xs.map((d) => `${d} ms`).join(', ') : 'none'} (blocking time over 50 ms: ${xs.reduce((sum, d) => sum + Math.max(0, d - 50), 0)} ms)`;
    console.log(`   main-thread long tasks while the feed is fetched and checked: ${list(load.during)}`);
    console.log(`   main-thread long tasks before (the app's own start-up): ${list(load.before)}`);
    console.log(`   the same page without a feed, until the same moment: ${list(baseline)}`);
    console.log('   (on this shared 2-core machine figures move from run to run: other work competes for the CPU)');

    await page.getByRole('button', { name: 'Start now' }).click();
    for (let i = 0; i < 30 && !(await page.getByRole('button', { name: 'See my list' }).isVisible()); i++) {
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    const before = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'See my list' }).click();
    await page.locator('.meeting__name').first().waitFor({ timeout: 60_000 });
    const shown = await page.evaluate((start) => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      return { took: performance.now() - start, during: tasks.filter((t) => t.start >= start).map((t) => Math.round(t.duration)) };
    }, before);
    console.log(`   "See my list" → first next meeting on screen: ${ms(shown.took)}`);
    console.log(`   main-thread long tasks meanwhile (the whole results page, not only meetings): ${shown.during.length ? shown.during.map((d) => `${d} ms`).join(', ') : 'none'}`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

const text = JSON.stringify(makeFeed(COUNT));
await nodeBench(text);
if (!process.argv.includes('--no-browser')) await browserBench(text);
