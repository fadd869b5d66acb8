// A deploy must never leave a dead app (issue 14, item 2). A host that sends
// `Cache-Control: max-age` for its pages can still hold the previous build's index.html when the
// new service worker installs; stored under the new version, that page points at assets the
// deploy deleted, and once the browser's copies of those have expired "Start now" does nothing.
// Here build A is visited (its worker takes control), build B replaces it at the same address,
// the page HTML stays cached for 10 minutes while the assets are not cached at all (as if their
// cache had expired), and the next visit must be build B, alive.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, inject, it } from 'vitest';
import ui from '../src/locales/en/ui.json';
import questions from '../src/locales/en/questions.json';
import { describeBrowser, newPage, problems, useBrowser } from './support/browser.ts';
import { startStaticServer } from './support/server.ts';

const TEXT = new Set(['.html', '.js', '.css', '.webmanifest']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * A second build from the first: the entry chunk gets a new name (as a code change would give
 * it), every reference follows, and the worker gets a new version. The old name is gone.
 */
function secondBuild(first: string): { dir: string; entry: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pathways-deploy-b-'));
  cpSync(first, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const old = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)![1]!;
  const entry = 'assets/index-secondbuild.js';
  renameSync(join(dir, old), join(dir, entry));
  for (const file of walk(dir)) {
    if (!TEXT.has(extname(file)) && !file.endsWith('sw.js')) continue;
    let text = readFileSync(file, 'utf8').split(old.slice('assets/'.length)).join(entry.slice('assets/'.length));
    if (file.endsWith('sw.js')) text = text.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-b'");
    writeFileSync(file, text);
  }
  return { dir, entry };
}

describeBrowser('a deploy under a caching host', () => {
  const browser = useBrowser();

  it('serves the new build, alive, after a second build replaces the first', async () => {
    const first = inject('distRoot');
    const second = secondBuild(first);
    const server = await startStaticServer({
      root: first,
      // Pages are cached for 10 minutes; the assets' cached copies have "expired" (not cached).
      headers: (path) => ({ 'Cache-Control': path.endsWith('.html') || path.endsWith('/') ? 'max-age=600' : 'no-store' }),
    });
    const { page, context, log, close } = await newPage(browser());
    try {
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });

      server.setRoot(second.dir); // the deploy: build A's files are gone
      const installed = await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        await registration.update();
        const worker = registration.installing ?? registration.waiting;
        if (!worker) return 'no new worker';
        while (worker.state === 'installing') await new Promise((ok) => worker.addEventListener('statechange', ok, { once: true }));
        return worker.state;
      });
      expect(installed, 'the new version installed').toBe('installed');

      // The next visit: every page of the old version is closed, so the new one takes over.
      await page.close();
      const next = await context.newPage();
      await next.goto(`${server.url}/`);
      await next.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout: 20_000 });
      const script = await next.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')?.getAttribute('src'));
      expect(script, 'the page is the second build').toBe(`./${second.entry}`);
      await next.getByRole('button', { name: ui.start.startButton }).click();
      await next.getByRole('heading', { level: 1, name: questions.questions.for.title }).waitFor({ timeout: 20_000 });
      expect(problems(log), 'nothing failed to load').toEqual([]);
    } finally {
      await close();
      await server.close();
      rmSync(second.dir, { recursive: true, force: true });
    }
  });
});
