// With JavaScript off, the pre-rendered pages still read: the start page says what
// Pathways is and points to the A–Z list, the list links to every group's own page,
// and each generated page keeps the app's styles and its Content Security Policy.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import type {  } from 'playwright-core';
import ui from '../src/locales/en/ui.json';
import directory from '../src/locales/en/directory.json';
import { appURL, axeCheck, describeBrowser, formatViolations, useBrowser, newPage, problems, screenshot, VIEWPORTS } from './support/browser.ts';

const htmlFiles = (dir: string, prefix = ''): string[] =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : htmlFiles(dir, `${prefix}${entry.name}/`);
    return entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : [];
  });

describeBrowser('pre-rendered pages (JavaScript off)', () => {
  const browser = useBrowser();

  it('start page shows its heading and a pointer to the A–Z list; the list opens a group', async () => {
    const { page, log, close } = await newPage(browser(), { javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    try {
      await page.goto(appURL('/'));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ui.start.title);
      const pointer = page.locator('main .notice');
      await expect(pointer.textContent()).resolves.toContain(ui.start.noscript);
      // What needs the app is not offered (public/noscript.css): no Start button, no language buttons.
      await expect(page.getByRole('button', { name: ui.start.startButton }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('navigation', { name: ui.app.languageLabel }).isVisible()).resolves.toBe(false);
      await screenshot(page, 'prerender-start-nojs-phone');

      await pointer.getByRole('link', { name: ui.nav.directory }).click();
      await page.waitForURL(/\/directory\.html$/);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(directory.directory.title);
      const groupLinks = page.locator('.directory__list a');
      expect(await groupLinks.count()).toBeGreaterThanOrEqual(30);
      // Styled without script: the directory's own stylesheet is linked from the page.
      await expect(page.locator('.directory__list').first().evaluate((list) => getComputedStyle(list).listStyleType)).resolves.toBe('none');
      await screenshot(page, 'prerender-directory-nojs-phone');

      await page.getByRole('link', { name: 'Al-Anon Family Groups (Al-Anon)' }).click();
      await page.waitForURL(/\/groups\/al-anon\.html$/);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Al-Anon Family Groups (Al-Anon)');
      await expect(page.title()).resolves.toContain('Al-Anon');
      await expect(page.getByRole('navigation', { name: ui.app.languageLabel }).isVisible(), 'one folder down too').resolves.toBe(false);
      await screenshot(page, 'prerender-group-nojs-phone');

      // One folder down, the relative links still lead back.
      await page.locator('main a.back-link').click();
      await page.waitForURL(/\/directory\.html$/);
      // With JavaScript off, Chromium refuses the app's scripts (reported as "csp"); anything else is a real failure.
      expect(problems(log, [/^request: csp .*\.js$/]), 'failed requests, e.g. a stylesheet linked with the wrong path').toEqual([]);
    } finally {
      await close();
    }
  });

  it('pre-rendered start, directory and group pages pass axe (WCAG 2.2 AA) before the app runs', async () => {
    // axe needs script in the page, so here the app's own scripts are held back instead.
    const { page, context, close } = await newPage(browser());
    await context.route('**/assets/*.js', (route) => route.abort());
    try {
      for (const path of ['index.html', 'directory.html', 'groups/smart-recovery.html']) {
        await page.goto(appURL(path), { waitUntil: 'load' }); // the static copy: no live app to wait for
        const violations = await axeCheck(page);
        expect(violations, `${path}\n${formatViolations(violations)}`).toEqual([]);
      }
    } finally {
      await close();
    }
  });

  it('every generated HTML file keeps the Content Security Policy and the app script; an inline script only by its hash', () => {
    const dist = inject('distRoot');
    const files = htmlFiles(dist);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'directory.html', 'groups/al-anon.html']));
    const withInline: string[] = [];
    for (const file of files) {
      const html = readFileSync(join(dist, file), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="(default-src 'self'; script-src 'self'[^"]*)"/.exec(html)?.[1] ?? '';
      expect(policy, file).not.toBe('');
      // An inline script only where the policy allows exactly it: the start page's language choice.
      const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      if (inline.length) withInline.push(file);
      for (const code of inline) expect(scriptSrc, file).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
      expect(policy, file).not.toMatch(/unsafe-inline/);
      const depth = file.split('/').length - 1;
      expect(html, file).toContain(`src="${depth ? '../' : './'}assets/index-`);
    }
    expect(withInline).toEqual(['index.html']);
  });
});
