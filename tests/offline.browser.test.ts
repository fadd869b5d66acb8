// After one visit the whole app works with no network: the service worker precaches
// every file, so a reload offline can go through the whole quiz to the results.
// Also: inside an embed's iframe the app registers its own worker on its own origin.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import results from '../src/locales/en/results.json';
import ui from '../src/locales/en/ui.json';
import questions from '../src/locales/en/questions.json';
import { appURL, baseURL, describeBrowser, useBrowser, newPage, problems, screenshot, VIEWPORTS } from './support/browser.ts';
import { startStaticServer } from './support/server.ts';
import { pressForNextPage } from './support/quiz.ts';

/** Resolves once a service worker controls the page (clientsClaim: on the first visit). */
async function waitForControl(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });
}

describeBrowser('offline after the first visit (service worker)', () => {
  const browser = useBrowser();

  it('reloads with no network and completes the quiz to the results', async () => {
    const { page, context, log, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.goto(appURL('/'));
      await waitForControl(page);

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('button', { name: ui.start.startButton }).click();
      await page.getByLabel(questions.questions.for.options.me).check();
      await page.getByRole('button', { name: ui.quiz.continue }).click();
      await page.getByLabel(questions.questions.concerns.options.alcohol).check();
      await page.getByRole('button', { name: ui.quiz.continue }).click();

      // Every later question can be skipped: skip to the check page.
      const checkHeading = page.getByRole('heading', { level: 1, name: ui.check.title });
      for (let i = 0; i < 20 && !(await checkHeading.isVisible()); i++) {
        await pressForNextPage(page, ui.quiz.skip);
      }
      await page.getByRole('button', { name: ui.check.confirm }).click();

      await page.getByRole('heading', { level: 1, name: results.results.title.me }).waitFor();
      // The results came from the cached catalogue: group cards, not a loading message.
      await page.getByRole('article', { name: /Alcoholics Anonymous/ }).first().waitFor();
      await screenshot(page, 'offline-results-phone');
      expect(problems(log), 'nothing failed to load offline').toEqual([]);
    } finally {
      await close();
    }
  });

  it('does not download the first screen twice: the worker takes its files from the HTTP cache', async () => {
    // A host that asks browsers to check every file again (Cache-Control: no-cache), the least
    // helpful a common host is: the worker must still reuse the content-hashed files already here.
    const host = await startStaticServer({ root: inject('distRoot'), headers: { 'Cache-Control': 'no-cache' } });
    const { page, close } = await newPage(browser());
    try {
      await page.goto(`${host.url}/`);
      await page.waitForLoadState('load');
      const firstScreen = host.served.filter((path) => path.startsWith('/assets/'));
      expect(firstScreen.some((path) => path.endsWith('.js')), 'the first screen loaded its scripts').toBe(true);
      await waitForControl(page);
      const precached = host.served.slice(firstScreen.length);
      expect(precached.some((path) => path.startsWith('/assets/') && !firstScreen.includes(path)), 'the worker fetched the rest').toBe(true);
      const twice = firstScreen.filter((path) => host.served.filter((p) => p === path).length > 1);
      expect(twice, 'first-screen files fetched again by the worker').toEqual([]);
    } finally {
      await close();
      await host.close();
    }
  });

  it('works inside an embed: the framed app registers its own worker on its own origin', async () => {
    const hostRoot = await mkdtemp(join(tmpdir(), 'pathways-embed-'));
    await writeFile(
      join(hostRoot, 'index.html'),
      `<!doctype html><html lang="en"><title>Clinic</title><iframe title="Pathways" src="${appURL('/')}" width="400" height="700"></iframe>`,
    );
    const host = await startStaticServer({ root: hostRoot });
    const { page, close } = await newPage(browser());
    try {
      await page.goto(`${host.url}/`);
      const frame = page.frames().find((f) => f.url().startsWith(baseURL()));
      if (!frame) throw new Error('the app frame did not load');
      await waitForControl(frame);
      const scope = await frame.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${baseURL()}/`);
      // The clinic's own page gets no worker from Pathways.
      await expect(page.evaluate(() => navigator.serviceWorker.controller)).resolves.toBeNull();
    } finally {
      await close();
      await host.close();
      await rm(hostRoot, { recursive: true, force: true });
    }
  });
});
