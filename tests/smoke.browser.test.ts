// Smoke test: the production build's start page loads in Chromium at phone
// and desktop sizes, renders a heading, declares its language, stays on its
// own origin and logs no errors.
import { expect, it } from 'vitest';
import type {  } from 'playwright-core';
import {
  appURL,
  describeBrowser,
  useBrowser,
  newPage,
  offOriginRequests,
  problems,
  screenshot,
  VIEWPORTS,
} from './support/browser.ts';

describeBrowser('start page (production build)', () => {
  const browser = useBrowser();

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`renders at ${name} size (${viewport.width}x${viewport.height})`, async () => {
      const { page, log, close } = await newPage(browser(), { viewport });
      try {
        await page.goto(appURL('/'), { waitUntil: 'load' });
        // The app renders client-side: wait for React to put the heading in.
        await page.locator('h1').first().waitFor({ timeout: 10_000 });
        await page.waitForLoadState('networkidle');
        await screenshot(page, `smoke-start-${name}`);

        expect(await page.locator('h1').count()).toBeGreaterThanOrEqual(1);
        expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
        expect(offOriginRequests(log), 'requests that left the origin').toEqual([]);
        expect(problems(log), 'console errors / page errors / failed requests').toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
