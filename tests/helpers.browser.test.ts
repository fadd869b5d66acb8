// Self-test of the browser helpers against a fixture site (not the app), so a
// broken helper is not mistaken for a broken app: CSP headers reach the page
// and violations are recorded; a second origin can embed the first.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { axeCheck, describeBrowser, launchBrowser, newPage, offOriginRequests, problems } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/server.ts';

const site = fileURLToPath(new URL('./fixtures/site/', import.meta.url));

describeBrowser('browser test helpers (fixture site)', () => {
  let browser: Browser;
  let app: StaticServer;
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchBrowser(), startStaticServer({ root: site })]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), app?.close()]);
  });

  it('records a clean page as clean, and axe passes the fixture', async () => {
    const { page, log, close } = await newPage(browser);
    await page.goto(`${app.url}/`);
    await page.locator('h1').waitFor();
    expect(problems(log)).toEqual([]);
    expect(offOriginRequests(log, app.url)).toEqual([]);
    expect(log.requests).toContain(`${app.url}/assets/app.js`);
    expect(await axeCheck(page)).toEqual([]);
    await close();
  });

  it('sees CSP headers and records the violations they cause', async () => {
    app.setHeaders({ 'Content-Security-Policy': "script-src 'none'" });
    try {
      const { page, log, close } = await newPage(browser);
      await page.goto(`${app.url}/`);
      await expect.poll(() => log.cspViolations.length).toBeGreaterThan(0);
      expect(log.cspViolations[0]?.directive).toBe('script-src-elem');
      expect(problems(log).some((p) => p.startsWith('CSP '))).toBe(true);
      expect(await page.locator('h1').count()).toBe(0);
      await close();
    } finally {
      app.setHeaders(undefined);
    }
  });

  it('serves a second origin that embeds the first (and flags the cross-origin requests)', async () => {
    const hostRoot = await mkdtemp(join(tmpdir(), 'pathways-host-'));
    const html = `<!doctype html><html lang="en"><title>Host</title><iframe title="app" src="${app.url}/"></iframe>`;
    await writeFile(join(hostRoot, 'index.html'), html);
    const host = await startStaticServer({ root: hostRoot });
    try {
      expect(host.port).not.toBe(app.port);
      const { page, log, close } = await newPage(browser);
      await page.goto(`${host.url}/`);
      await expect(page.frameLocator('iframe').locator('h1').textContent()).resolves.toBe('Fixture start page');
      expect(offOriginRequests(log, host.url)).toContain(`${app.url}/`);
      await close();
    } finally {
      await host.close();
      await rm(hostRoot, { recursive: true, force: true });
    }
  });
});
