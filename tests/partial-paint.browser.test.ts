// A slow network or a busy phone may paint a pre-rendered page before all of it has arrived,
// and then paint again as the rest comes. Whatever was already painted must stay where it was:
// otherwise the page jumps under the reader's thumb (a layout shift; issue 13 asks for CLS 0).
// CI once saw it: the header painted with only its brand, which then dropped to the middle of the
// taller controls that followed.
//
// The test cuts each page's markup after one element, as a parser that stopped there would leave
// it, and compares the place of every element still there with its place on the whole page.
import { expect, it } from 'vitest';
import { appURL, describeBrowser, newPage, useBrowser, VIEWPORTS } from './support/browser.ts';

const PAGES = [
  ['start page', '/'],
  ['start page in Spanish', '/?lang=es'],
  ['A–Z directory', '/directory.html'],
  ['a profile', '/groups/smart-recovery.html'],
  ['a family group’s profile', '/groups/al-anon.html'],
  ['about page', '/about.html'],
] as const;

/** At most this many cut points per page (evenly spread), so a long page stays quick to check. */
const MAX_CUTS = 150;

/**
 * In the page: for each cut, rebuild the body from a copy, remove every element after the cut
 * (except the cut's own ancestors, which the parser has opened), and report each element on screen
 * whose top-left corner is not where the whole page puts it. Sizes may grow as content arrives;
 * a shift is a move.
 */
function movesWhenCut(maxCuts: number): string[] {
  const whole = document.body.cloneNode(true) as HTMLElement;
  const elements = () => [...document.body.querySelectorAll('*')];
  const corner = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width === 0 && box.height === 0 ? null : `${Math.round(box.x)},${Math.round(box.y)}`;
  };
  const name = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).trim().replace(/\s+/g, '.') : ''}`;
  const placed = elements().map(corner);
  const count = placed.length;
  const step = Math.max(1, Math.ceil(count / maxCuts));
  const moves: string[] = [];
  for (let cut = 0; cut < count; cut += step) {
    document.body.replaceWith(whole.cloneNode(true));
    const all = elements();
    const last = all[cut]!;
    for (const later of all.slice(cut + 1)) if (later.isConnected && !later.contains(last)) later.remove();
    for (let index = 0; index <= cut; index++) {
      const element = all[index]!;
      if (element.contains(last) && element !== last) continue; // still open: its own content is arriving
      const now = corner(element);
      const onScreen = element.getBoundingClientRect().top < innerHeight;
      if (now !== null && onScreen && now !== placed[index]) {
        moves.push(`cut after ${name(last)}: ${name(element)} at ${now}, then at ${placed[index]}`);
        break;
      }
    }
  }
  document.body.replaceWith(whole);
  return moves;
}

describeBrowser('a page painted before all of it has arrived', () => {
  const browser = useBrowser();

  for (const [page, path] of PAGES) {
    for (const [size, viewport] of Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop })) {
      it(`${page} (${size}): nothing already painted moves when the rest arrives`, async () => {
        const { page: tab, close } = await newPage(browser(), { viewport });
        try {
          // The pre-rendered markup and its inline styles only: the app must not take over meanwhile.
          await tab.route(/\/assets\/.+\.js$|\/early\.js$/, (route) => route.abort());
          await tab.goto(appURL(path), { waitUntil: 'load' });
          await expect(tab.locator('h1').count()).resolves.toBe(1);
          expect(await tab.evaluate(movesWhenCut, MAX_CUTS)).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }
});
