/**
 * The live app can take over the pre-rendered start page in place (React hydration) instead of
 * building a copy and swapping it in. The page's largest text is then painted once, at first
 * paint, rather than again when the app arrives (issue 13: LCP within 100 ms of FCP), and nothing
 * on screen is rebuilt.
 *
 * Hydration only fits when the live app's first render is exactly the pre-rendered markup: the
 * start page, in the language it was written in or put in before the first paint
 * (scripts/prerendered-language.ts), with no settings in the address (a clinic's exit
 * address or colours would differ, and React does not correct attributes while hydrating). Any
 * other visit keeps the swap in src/main.tsx. Should the markup still differ, React itself falls
 * back to rendering the page afresh; nothing breaks.
 */
import type { Route } from '../ui/routing';

export function canAdopt(root: HTMLElement, route: Route | null, language: string, search: string): boolean {
  return root.dataset.prerendered === 'index.html' && root.dataset.lang === language && route?.name === 'quiz' && onlyLanguage(search, language);
}

/**
 * No settings in the address, or only the language the page is already in (?lang=es on the
 * page scripts/prerendered-language.ts put in Spanish): a clinic's settings change the markup.
 */
function onlyLanguage(search: string, language: string): boolean {
  const params = new URLSearchParams(search);
  return [...params].every(([key, value]) => key === 'lang' && value === language);
}

/**
 * After hydration: links that point at pre-rendered files for readers without JavaScript
 * (scripts/static-html.ts) go back to the app's own links, and the page is marked live.
 */
export function finishAdoption(root: HTMLElement): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-app-href]')) {
    link.setAttribute('href', link.dataset.appHref!);
    link.removeAttribute('data-app-href');
  }
  root.removeAttribute('data-prerendered');
  root.removeAttribute('data-lang');
}
