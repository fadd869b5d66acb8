// The results at a glance on a phone: the first group on the first screen, closed cards that
// open, a short page, compare without sideways scrolling, and a printed plan with a QR code.
import { expect, it } from 'vitest';
import decodeQR from '@paulmillr/qr/decode.js';
import { axeCheck, describeBrowser, formatViolations, newPage, problems, screenshot, useBrowser, VIEWPORTS } from './support/browser.ts';
import { press } from './support/keyboard.ts';
import { DEFAULT_PERSONA, openResults, PARENT_OPIOIDS, SECULAR_UK, sidewaysOverflow } from './support/results.ts';

const SCREENS = 5;

/** Rebuilds the QR code's modules from its SVG path and reads it like a camera would. */
function readQr(path: string, modules: number): string {
  const quiet = 4;
  const scale = 6;
  const size = (modules + quiet * 2) * scale;
  const dark = new Set<string>();
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) dark.add(`${x},${y}`);
  const data = new Uint8Array(size * size * 4).fill(255);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const mx = Math.floor(px / scale) - quiet;
      const my = Math.floor(py / scale) - quiet;
      if (!dark.has(`${mx},${my}`)) continue;
      const i = (py * size + px) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    }
  }
  return decodeQR({ width: size, height: size, data });
}

describeBrowser('results at a glance', () => {
  const browser = useBrowser();

  it('shows the first group on the first phone screen, under 5 screens in all with every card closed', async () => {
    const { page, log, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await openResults(page, DEFAULT_PERSONA);
      const first = page.locator('main article h3').first();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORTS.phone.height);
      // "If you need help now" is one line above it, naming a number, and it opens.
      const help = page.locator('.results-safety summary');
      expect(await help.innerText()).toMatch(/If you need help now/);
      expect((await help.boundingBox())!.y).toBeLessThan(box.y);
      expect(await page.locator('main details[open]').count()).toBe(0);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height / VIEWPORTS.phone.height).toBeLessThan(SCREENS);
      // Each closed card says how strong the match is and why.
      const card = page.locator('main article').first();
      expect(await card.locator('.results-card__strength').innerText()).toMatch(/^(Strong match|Good match|Worth a look)$/);
      expect(await card.getByText('Why it may fit you:').isVisible()).toBe(true);
      // The plan for trying meetings names the shortlist.
      const plan = page.getByRole('region', { name: 'Try a few meetings' });
      expect(await plan.innerText()).toContain(await page.locator('main article h3').first().innerText().then((n) => n.replace(/ \(.*\)$/, '')));
      expect(formatViolations(await axeCheck(page))).toBe('');
      await screenshot(page, 'results-glance-phone');
      await page.setViewportSize(VIEWPORTS.desktop);
      await screenshot(page, 'results-glance-desktop');
      expect(problems(log)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens a card by keyboard, with everything one tap away, and the help line too', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await openResults(page, SECULAR_UK);
      const details = page.locator('main article').first().locator('details.results-card__more');
      await press(page, /^More about /);
      expect(await details.getAttribute('open')).not.toBeNull();
      expect(await details.getByRole('heading', { name: 'How to find a meeting' }).isVisible()).toBe(true);
      expect(await details.getByRole('heading', { name: 'Cost' }).isVisible()).toBe(true);
      await page.locator('.results-safety summary').click();
      expect(await page.getByRole('link', { name: '999' }).isVisible()).toBe(true);
      expect(formatViolations(await axeCheck(page))).toBe('');
      await screenshot(page, 'results-open-card-phone');
    } finally {
      await close();
    }
  });

  it('puts the CRAFT note beside a family member\'s own list', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await openResults(page, PARENT_OPIOIDS);
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('#results-forYou, #results-craft-title, #results-forThem')].map((el) => el.id),
      );
      expect(order).toEqual(['results-forYou', 'results-craft-title', 'results-forThem']);
      expect(formatViolations(await axeCheck(page))).toBe('');
      await screenshot(page, 'results-family-phone');
    } finally {
      await close();
    }
  });

  it('says why a group is left out, with the specific reason', async () => {
    const { page, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
    try {
      await openResults(page, SECULAR_UK);
      await page.getByText('Why isn’t a group on my list?').click();
      const item = page.locator('.results-left-out li').filter({ hasText: 'Celebrate Recovery' });
      expect(await item.innerText()).toContain('It is built on the Christian faith, and you would prefer a non-religious approach.');
      expect(formatViolations(await axeCheck(page))).toBe('');
    } finally {
      await close();
    }
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`compares groups on a ${name} without sideways scrolling, with feedback at the box`, async () => {
      const { page, close } = await newPage(browser(), { viewport });
      try {
        await openResults(page, SECULAR_UK);
        const boxes = page.getByRole('checkbox', { name: /^Compare / });
        await boxes.nth(0).check();
        const firstCard = page.locator('main article').nth(0);
        expect(await firstCard.getByRole('status').innerText()).toContain('Choose one more to compare.');
        await boxes.nth(1).check();
        const secondCard = page.locator('main article').nth(1);
        await secondCard.getByRole('button', { name: 'See the comparison' }).click();
        const heading = page.getByRole('heading', { name: 'Compare groups side by side' });
        expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        const compare = page.getByRole('region', { name: 'Compare groups side by side' });
        expect(await compare.innerText()).toMatch(/with no religion/);
        if (name === 'phone') expect(await compare.getByRole('table').count()).toBe(0); // stacked, not a table
        else expect(await compare.getByRole('table').count()).toBe(1);
        expect(formatViolations(await axeCheck(page))).toBe('');
        await screenshot(page, `results-compare-${name}`);
      } finally {
        await close();
      }
    });
  }

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`prints a one- or two-page A4 plan from a ${name}, with a QR code that opens the same results`, async () => {
      const { page, log, close } = await newPage(browser(), { viewport });
      try {
        await page.addInitScript(() => {
          window.print = () => document.documentElement.setAttribute('data-printed', '');
        });
        await openResults(page, PARENT_OPIOIDS);
        // The link names the language the plan was read in (English here).
        const shareLink = `${new URL(page.url()).origin}/#results=${(await import('../src/share/share-link.ts')).encodeAnswers({ ...PARENT_OPIOIDS, language: 'en' })}`;
        await page.getByRole('button', { name: 'Print my plan' }).click();
        await page.waitForSelector('html[data-printed]', { state: 'attached' });
        await page.emulateMedia({ media: 'print' });
        const plan = page.locator('.print-plan');
        const text = await plan.innerText();
        expect(text).toMatch(/Made on .*\d{4}/);
        expect(text).toContain('Support for you');
        expect(text).toContain('Groups they could try');
        expect(text).toMatch(/https:\/\/\S+/); // meeting links written out
        expect(text).toContain('Try a few meetings');
        expect(text).toMatch(/988|911/); // US helplines
        const qr = plan.locator('svg.qr-code');
        const decoded = readQr((await qr.locator('path').getAttribute('d'))!, Number(await qr.getAttribute('data-modules')));
        expect(decoded).toBe(shareLink);
        // Nothing wider than the paper.
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        const pdf = await page.pdf({ format: 'A4' });
        const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        await screenshot(page, `results-print-${name}`);
        expect(log.requests.some((r) => /qr|chart|api\./i.test(new URL(r).hostname))).toBe(false);
        expect(problems(log)).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
