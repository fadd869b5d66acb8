// Helpers for end-to-end tests against the production build in Chromium.
// Uses playwright-core with the system Chromium: nothing is downloaded.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { chromiumAvailable, chromiumPath, isCI, loudNotice, MISSING_MESSAGE } from './chromium.ts';
import { STILL_BUILDING } from '../../src/ui/results/still-building.ts';

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

// From /work/shared/research/toolchain.md: without the networking flags
// Chromium phones home to hosts this closed network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * describe() for browser tests. No Chromium: skipped with a loud notice, or a
 * failing test when CI=true (CI must not go green by skipping). Also skipped if
 * the file runs under the unit-test config, which has no static server.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (!chromiumAvailable()) {
    if (isCI) {
      describe(name, () => {
        it('needs Chromium', () => {
          throw new Error(MISSING_MESSAGE.replace('SKIPPED', 'FAILED (CI=true)'));
        });
      });
    } else {
      const note = `Browser tests SKIPPED (Chromium not found): ${name}\n`;
      process.stderr.write(inject('chromiumNoticeShown') ? note : loudNotice(`${MISSING_MESSAGE}\n  (skipped: ${name})`));
      describe.skip(name, fn);
    }
    return;
  }
  if (!inject('baseURL')) {
    process.stderr.write(`Browser test "${name}" skipped: run it with --config vitest.browser.config.ts\n`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

/** Origin serving dist/, e.g. http://127.0.0.1:41234 (from globalSetup). */
export const baseURL = (): string => inject('baseURL');

/** URL of a path in the built app, e.g. appURL('/') or appURL('index.html'). */
export const appURL = (path = '/'): string => new URL(path, baseURL() + '/').href;

/** One Chromium for a test file: launched before its tests, closed after. Call it inside describeBrowser. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

export interface ConsoleEntry {
  type: string;
  text: string;
  /** url:line of the message, when Chromium gives one. */
  where: string;
}

export interface CspViolation {
  directive: string;
  blockedURI: string;
  source: string;
}

/** Everything a page did that tests may want to assert on. */
export interface PageLog {
  /** Every request URL from the context (pages, frames, workers). */
  requests: string[];
  /** Requests that failed or answered >= 400: "404 http://...". */
  failures: string[];
  console: ConsoleEntry[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** From the `securitypolicyviolation` DOM event (also report-only CSP). */
  cspViolations: CspViolation[];
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  log: PageLog;
  close(): Promise<void>;
}

/**
 * A fresh context per page (own storage, and AxeBuilder needs a page from
 * newContext()), with request/console/error/CSP recording attached before any
 * navigation. Extra options (locale, reducedMotion, offline...) pass through.
 */
export async function newPage(
  browser: Browser,
  options: BrowserContextOptions & { viewport?: { width: number; height: number } } = {},
): Promise<TestPage> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  const log: PageLog = { requests: [], failures: [], console: [], pageErrors: [], cspViolations: [] };

  context.on('request', (r) => log.requests.push(r.url()));
  context.on('requestfailed', (r) => log.failures.push(`${r.failure()?.errorText ?? 'failed'} ${r.url()}`));
  context.on('response', (r) => {
    if (r.status() >= 400) log.failures.push(`${r.status()} ${r.url()}`);
  });

  // Init scripts run outside the page's CSP, so this sees every violation.
  await context.exposeBinding('__recordCspViolation', (_source, v: CspViolation) => {
    log.cspViolations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const record = (window as unknown as { __recordCspViolation?: (v: unknown) => void }).__recordCspViolation;
      record?.({ directive: e.effectiveDirective, blockedURI: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });

  const page = await context.newPage();
  // Pages arrive pre-rendered and the live app swaps in a moment later (src/main.tsx marks
  // <html data-app="live">): wait for it, so a test never acts on the static copy.
  // A test that means to look at the static copy passes its own `waitUntil`.
  const goto = page.goto.bind(page);
  page.goto = async (url, gotoOptions) => {
    const response = await goto(url, gotoOptions);
    const live = options.javaScriptEnabled !== false && gotoOptions?.waitUntil === undefined;
    if (live && url.startsWith(baseURL())) {
      await page.waitForSelector('html[data-app="live"]', { state: 'attached', timeout: 15_000 }).catch(() => undefined);
    }
    return response;
  };
  page.on('console', (m) => {
    const loc = m.location();
    log.console.push({ type: m.type(), text: m.text(), where: loc.url ? `${loc.url}:${loc.lineNumber}` : '' });
  });
  page.on('pageerror', (e) => log.pageErrors.push(e.stack ?? e.message));

  return { page, context, log, close: () => context.close() };
}

/** Requests that left `origin` (default: the app's). data:/blob:/about: are local. */
export function offOriginRequests(log: PageLog, origin: string = baseURL()): string[] {
  const local = /^(data|blob|about):/;
  return log.requests.filter((url) => !local.test(url) && new URL(url).origin !== new URL(origin).origin);
}

/**
 * Console errors, page errors, CSP violations and failed requests as readable
 * lines, so `expect(problems(log)).toEqual([])` prints what went wrong.
 * `ignore` drops lines matching any pattern (for deliberate failures only).
 */
export function problems(log: PageLog, ignore: RegExp[] = []): string[] {
  const all = [
    ...log.console.filter((m) => m.type === 'error').map((m) => `console.error: ${m.text} ${m.where}`.trim()),
    ...log.pageErrors.map((e) => `pageerror: ${e}`),
    ...log.cspViolations.map((v) => `CSP ${v.directive} blocked ${v.blockedURI} (${v.source})`),
    ...log.failures.map((f) => `request: ${f}`),
  ];
  return all.filter((line) => !ignore.some((re) => re.test(line)));
}

/**
 * Waits until the results are whole (still-building.ts: what the page adds in later frames), then
 * for two frames. Until the browser has drawn a frame, it has not decided which cards marked
 * `content-visibility: auto` are on screen, and innerText reads those cards as empty, though a
 * person never sees that state; after a frame, innerText is what is on the screen.
 */
export async function afterPaint(page: Page): Promise<void> {
  await page.waitForFunction((building) => !document.querySelector(`main :is(${building})`), STILL_BUILDING);
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));

/** Full-page PNG in test-artifacts/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name.replace(/[^\w.-]+/g, '-')}.png`;
  // Parts the page lets the browser skip while out of sight (content-visibility: auto) are drawn
  // for the capture, as scrolling would draw them; the page is left as it was afterwards.
  const shown = await page.evaluate(() => {
    const skipped = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => getComputedStyle(el).contentVisibility === 'auto');
    for (const el of skipped) el.style.contentVisibility = 'visible';
    return skipped.length;
  });
  await page.screenshot({ path, fullPage: true });
  if (shown) await page.evaluate(() => document.querySelectorAll<HTMLElement>('body *').forEach((el) => el.style.contentVisibility === 'visible' && el.style.removeProperty('content-visibility')));
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** CSS selectors of the failing nodes (" >>> " crosses frames/shadow roots). */
  targets: string[];
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core (WCAG 2.0/2.1 A+AA, 2.2 AA) on the current page state.
 * Returns [] when clean; compact objects otherwise so test diffs stay readable.
 */
export async function axeCheck(
  page: Page,
  options: { include?: string; exclude?: string[]; disableRules?: string[] } = {},
): Promise<AxeViolation[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  // The sticky header covers whatever the page has scrolled under it, and axe counts a link or
  // summary half under it as a target too small to tap ("partially obscured"): a result of where
  // the last click happened to leave the scroll, not of the page. The header stays in its place in
  // the layout but scrolls away while axe runs; that it stays on screen and never covers what has
  // focus is tested on its own (trust-exit.browser.test.ts).
  const stick = (sticky: boolean) =>
    page.evaluate((sticky) => {
      for (const header of document.querySelectorAll<HTMLElement>('.site-header')) {
        if (sticky) header.style.removeProperty('position');
        else header.style.position = 'static';
      }
    }, sticky);
  await stick(false);
  const { violations } = await builder.analyze().finally(() => stick(true));
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> ')),
  }));
}

/** One line per violation, for assertion messages and logs. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}
