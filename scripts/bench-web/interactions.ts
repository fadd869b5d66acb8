/**
 * Interaction timings for a phone 4× slower than this machine, each walk through the
 * questionnaire in a fresh browser context (no service worker, empty cache):
 *   Continue → next question painted   every Continue press of the questionnaire
 *   See my list → results painted      the press on the check page, until the first group is shown
 *   share link → results painted       opening a share link (#results=…), the same answers as the
 *                                      press and a family's, from the app going live (its first
 *                                      paint is the entry's, not the results') to the first group
 * "Painted": the awaited element is in the DOM, then one animation frame and one task more (the
 * frame with it has been produced).
 *
 * Two kinds of walk, because DevTools CPU throttling cannot give both figures at once:
 *   raw   the page is throttled 4× (Emulation.setCPUThrottlingRate, as Lighthouse's "applied"
 *         mode): the wall time from the press to the paint, and the longest main-thread task's
 *         wall time. Whatever else runs on the machine adds to these.
 *   CPU   the page runs unthrottled and traced: the main-thread CPU time (`tdur`, see cpu-time.ts)
 *         of the tasks in the same interval, and of the longest task, each times 4. The throttler
 *         keeps the thread busy while it holds it back (the thread time under throttling is close
 *         to the wall time, checked here), so it cannot be used for this.
 * The longest task covers the interval and the second after it: it shows whether the render yields.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { mainThreadTasks, type Task, type TraceEvent } from './cpu-time.ts';

export const THROTTLE = 4;

export interface Sample {
  /** Press to paint: wall time (raw walks) or main-thread CPU time × 4 (CPU walks). */
  ms: number;
  /** The longest main-thread task in the interval and the second after: wall, or CPU × 4. */
  longestTaskMs: number;
  /** CPU walks: when that task started (ms after the press or the app going live) and what filled it. */
  longestTask?: string;
}

/**
 * The kinds of work a long task is made of, as the trace names them. Promise continuations (code
 * after an `await`, such as after `scheduler.yield()`) run in the microtask checkpoint, which only
 * the "toplevel" category records: without it such a task read "FunctionCall 0".
 */
const WORK = ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MinorGC', 'MajorGC', 'ParseHTML', 'ParseAuthorStyleSheet'];
/** Shorter names for the bench's lines. */
const SHORT: Record<string, string> = { BlinkScheduler_PerformMicrotaskCheckpoint: 'Microtasks' };

/**
 * What filled a task, its biggest kinds of work first (CPU × 4, nested work counted in its own
 * kind as well), with the script function that ran longest: a walk over the limit names its cause.
 */
export function describeTask(events: TraceEvent[], task: Task): string {
  const totals = new Map<string, number>();
  let longestCall: TraceEvent | undefined;
  for (const e of events) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== task.thread || e.ts < task.ts || e.ts > task.ts + task.dur || !WORK.includes(e.name)) continue;
    const cpu = e.tdur ?? e.dur ?? 0;
    totals.set(e.name, (totals.get(e.name) ?? 0) + cpu);
    if (e.name === 'FunctionCall' && cpu > (longestCall?.tdur ?? longestCall?.dur ?? 0)) longestCall = e;
  }
  const parts = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, us]) => `${SHORT[name] ?? name} ${((us / 1000) * THROTTLE).toFixed(0)}`);
  const data = (longestCall?.args as { data?: { functionName?: string; url?: string; lineNumber?: number } } | undefined)?.data;
  if (data) parts.push(`longest call ${data.functionName || '(anonymous)'} in ${(data.url ?? '').split('/').pop() || '(inline)'}:${data.lineNumber ?? '?'}`);
  return parts.join(', ') || 'no traced work';
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }) => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', '__metadata'] },
  });
  return async () => {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/**
 * Installs a pointerdown timestamp recorder and a "painted" waiter in the page. A string, not a
 * function: tsx's transform would add helper calls that do not exist inside the page.
 */
const PAGE_HELPERS = `
  addEventListener('pointerdown', (event) => (window.__down = event.timeStamp), { capture: true });
  window.__painted = (selector, notText) =>
    new Promise((resolve) => {
      const found = () => [...document.querySelectorAll(selector)].some((el) => notText === undefined || el.textContent.trim() !== notText);
      const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      if (found()) return finish();
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        finish();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
  // When the app goes live (data-app="live" on <html>), the start of a share link's interval.
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.app !== 'live') return;
    observer.disconnect();
    window.__live = performance.now();
    performance.mark('bench:live');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
  // A share link's results may be painted before the test could ask: watched from the start.
  if (location.hash.startsWith('#results='))
    window.__sharePainted = window.__painted('main article, main h3').then((time) => (window.__benchPainted?.(), time));
`;

/** Presses a button and times it until an element matching `selector` (whose text is not `notText`) is painted. */
async function timedPress(page: Page, cdp: CDPSession, throttled: boolean, button: string, selector: string, notText?: string): Promise<Sample> {
  const stop = await startTrace(cdp);
  const painted = page.evaluate(`window.__painted(${JSON.stringify(selector)}, ${JSON.stringify(notText)})`) as Promise<number>;
  await page.getByRole('button', { name: button, exact: true }).click();
  const end = await painted;
  const down = (await page.evaluate('window.__down')) as number;
  await page.waitForTimeout(1000); // the tasks right after the paint belong to the same render
  const events = await stop();
  // Page time and trace time use different origins: the pointerdown's dispatch in the trace is the press.
  const dispatch = events.find((e) => e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === 'pointerdown');
  const tasks = pageTasks(events, dispatch);
  const t0 = dispatch ? dispatch.ts : (tasks[0]?.ts ?? 0);
  return sampleOf(events, tasks, t0, end - down, throttled);
}

/**
 * The main-thread tasks of the page's own renderer: the thread `marker` (an event the page
 * produced) ran on. The trace holds every renderer of the browser, and a navigation can start a
 * new renderer process and end the old one; their set-up and tear-down tasks are not the page's.
 */
function pageTasks(events: TraceEvent[], marker: TraceEvent | undefined): Task[] {
  const tasks = mainThreadTasks(events);
  return marker ? tasks.filter((task) => task.thread === `${marker.pid}:${marker.tid}`) : tasks;
}

/** The figures of an interval that starts at trace time `t0` (µs) and lasts `rawMs` of page time. */
function sampleOf(events: TraceEvent[], tasks: Task[], t0: number, rawMs: number, throttled: boolean): Sample {
  const t1 = t0 + rawMs * 1000;
  const inWindow = tasks.filter((task) => task.ts + task.dur >= t0 && task.ts <= t1);
  const after = tasks.filter((task) => task.ts + task.dur >= t0 && task.ts <= t1 + 1_000_000);
  if (throttled) return { ms: rawMs, longestTaskMs: Math.max(0, ...after.map((task) => task.dur)) / 1000 };
  const longest = after.reduce<Task | undefined>((top, task) => (!top || task.cpu > top.cpu ? task : top), undefined);
  return {
    ms: (inWindow.reduce((sum, task) => sum + task.cpu, 0) / 1000) * THROTTLE,
    longestTaskMs: ((longest?.cpu ?? 0) / 1000) * THROTTLE,
    ...(longest ? { longestTask: `at +${((longest.ts - t0) / 1000).toFixed(0)} ms: ${describeTask(events, longest)}` } : {}),
  };
}

/** Fills the question on screen with its first choice (or nothing, where there is none). */
async function answerFirst(page: Page): Promise<void> {
  const radio = page.getByRole('radio').first();
  if (await radio.count()) return radio.check();
  const box = page.getByRole('checkbox').first();
  if (await box.count()) return box.check();
}

/** A phone-sized page in a context of its own (no service worker, empty cache), throttled or not, with the helpers. */
async function freshPage(browser: Browser, throttled: boolean) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript({ content: PAGE_HELPERS });
  return { context, page, cdp };
}

async function walk(browser: Browser, baseUrl: string, throttled: boolean, next: Sample[], results: Sample[]): Promise<void> {
  const { context, page, cdp } = await freshPage(browser, throttled);
  try {
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'live');
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.waitForSelector('h1:has-text("Who are you looking for help for?")');
    for (let i = 0; i < 30; i++) {
      const heading = (await page.locator('h1').first().innerText()).trim();
      if (heading === 'Check your answers') break;
      await answerFirst(page);
      next.push(await timedPress(page, cdp, throttled, 'Continue', 'h1', heading));
    }
    // The first group's name: the list has appeared (any markup that names groups in h3s or articles).
    results.push(await timedPress(page, cdp, throttled, 'See my list', 'main article, main h3'));
  } finally {
    await context.close();
  }
}

/** Opens a share link and times it from the app going live until the first group is painted. */
async function openShareLink(browser: Browser, url: string, throttled: boolean): Promise<Sample> {
  const { context, page, cdp } = await freshPage(browser, throttled);
  try {
    // The page says when it has painted: Playwright's first evaluate in a new page runs a script
    // of its own, a long task that is not the app's, so nothing is evaluated until the trace ends.
    let onPainted = () => {};
    const painted = new Promise<void>((ok) => (onPainted = ok));
    await page.exposeFunction('__benchPainted', () => onPainted());
    const stop = await startTrace(cdp);
    await page.goto(url);
    await painted;
    await page.waitForTimeout(1000);
    const events = await stop();
    const end = (await page.evaluate('window.__sharePainted')) as number;
    const live = (await page.evaluate('window.__live')) as number;
    const mark = events.find((e) => e.name === 'bench:live');
    if (!mark || typeof live !== 'number') throw new Error('the app did not go live');
    return sampleOf(events, pageTasks(events, mark), mark.ts, end - live, throttled);
  } finally {
    await context.close();
  }
}

export interface InteractionTimings {
  raw: { next: Sample[]; results: Sample[]; share: Sample[] };
  cpu: { next: Sample[]; results: Sample[]; share: Sample[] };
}

/**
 * `runs` throttled walks and `runs` unthrottled, traced walks, alternating (so drift in load hits
 * both); after each walk, each share link in `shareUrls` opened the same way.
 */
export async function measureInteractions(browser: Browser, baseUrl: string, runs: number, shareUrls: string[] = []): Promise<InteractionTimings> {
  const timings: InteractionTimings = { raw: { next: [], results: [], share: [] }, cpu: { next: [], results: [], share: [] } };
  for (let run = 0; run < runs; run++) {
    for (const throttled of [true, false]) {
      const into = throttled ? timings.raw : timings.cpu;
      await walk(browser, baseUrl, throttled, into.next, into.results);
      for (const url of shareUrls) into.share.push(await openShareLink(browser, url, throttled));
    }
  }
  return timings;
}
