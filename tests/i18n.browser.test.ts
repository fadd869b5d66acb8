// Languages in the browser: the whole quiz in Spanish from ?lang=es, switching language
// mid-quiz without losing answers, and layouts that survive longer text and right-to-left.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appURL, describeBrowser, useBrowser, newPage, problems, screenshot, VIEWPORTS } from './support/browser.ts';
import { resultsShown } from './support/results.ts';
import { pressForNextPage } from './support/quiz.ts';

async function skipUntil(page: Page, heading: string, skip: string) {
  for (let i = 0; i < 25 && !(await page.getByRole('heading', { level: 1, name: heading }).count()); i++) {
    await pressForNextPage(page, skip);
  }
}

/** Lengthens and accents every text node, like a pseudo-locale, and flips the page right-to-left. */
async function pseudoRtl(page: Page) {
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const accents: Record<string, string> = { a: 'á', e: 'é', i: 'î', o: 'ö', u: 'û', n: 'ñ', c: 'ç' };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent ?? '';
      if (t.trim()) n.textContent = `⟦${t.replace(/[aeioucn]/g, (c) => accents[c] ?? c)}${'~'.repeat(Math.ceil(t.length * 0.4))}⟧`;
    }
    document.documentElement.dir = 'rtl';
  });
}

describeBrowser('languages', () => {
  const browser = useBrowser();

  it('completes the whole quiz in Spanish from ?lang=es', async () => {
    const { page, log, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await page.goto(appURL('/?lang=es'));
      await page.getByRole('button', { name: 'Empezar' }).click();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      expect(await page.title()).toMatch(/encuentre un grupo/);
      await page.getByRole('radio', { name: 'Para mí' }).check();
      await page.getByRole('button', { name: 'Continuar' }).click();
      await page.getByRole('heading', { level: 1, name: '¿Con qué tiene dificultades?' }).waitFor();
      await page.getByRole('checkbox', { name: 'Alcohol' }).check();
      await page.getByRole('button', { name: 'Continuar' }).click();
      await skipUntil(page, 'Revise sus respuestas', 'Saltar esta pregunta');
      await page.getByRole('button', { name: 'Ver mi lista' }).click();
      await resultsShown(page);
      expect(await page.getByRole('heading', { level: 1 }).first().innerText()).toBe('Grupos que podrían servirle');
      expect(await page.locator('main article').first().innerText()).toMatch(/Por qué podría servirle|usted/);
      await screenshot(page, 'spanish-results-phone');
      expect(problems(log)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('switches language mid-quiz, keeping the place and the answers', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.desktop });
    try {
      await page.goto(appURL('/'));
      await page.getByRole('button', { name: 'Start now' }).click();
      await page.getByRole('radio', { name: 'For me' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('checkbox', { name: 'Gambling' }).check();
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('heading', { level: 1, name: '¿Con qué tiene dificultades?' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      expect(await page.getByRole('checkbox', { name: /Apuestas/ }).isChecked()).toBe(true);
      expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
      await page.getByRole('button', { name: 'Atrás' }).click();
      expect(await page.getByRole('radio', { name: 'Para mí' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Who are you looking for help for?' }).waitFor();
      expect(await page.getByRole('radio', { name: 'For me' }).isChecked()).toBe(true);
    } finally {
      await close();
    }
  });

  for (const [name, path] of [
    ['a question', '/'],
    ['the directory', '/#/groups'],
  ] as const) {
    it(`keeps ${name} usable with longer text, right to left, at 320px`, async () => {
      const { page, close } = await newPage(browser(), { viewport: { width: 320, height: 640 } });
      try {
        await page.goto(appURL(path));
        if (path === '/') {
          await page.getByRole('button', { name: 'Start now' }).click();
          await page.getByRole('radio', { name: 'For me' }).waitFor();
        } else {
          await page.locator('main h1').waitFor();
        }
        await pseudoRtl(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'sideways scrolling').toBeLessThanOrEqual(0);
        // Right-to-left: the main heading starts at the right-hand edge of its box.
        const align = await page.locator('main h1').first().evaluate((h) => getComputedStyle(h).direction);
        expect(align).toBe('rtl');
        await screenshot(page, `pseudo-rtl-${name.replace(/\W+/g, '-')}`);
      } finally {
        await close();
      }
    });
  }
});
