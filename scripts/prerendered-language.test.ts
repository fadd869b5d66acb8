// @vitest-environment jsdom
// The start page's language is chosen before the first paint (prerendered-language.ts): the
// built page is parsed and its inline script run on it, for browsers set to different languages
// (tests/prerender-adopt.browser.test.ts has Chromium's parser run it).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageHtml } from './static-html.ts';

const TEMPLATE = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
    <title>Find a group</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const SPANISH = { lang: 'es', dir: 'ltr', body: '<h1>Encuentre un grupo</h1><a href="#/groups">De la A a la Z</a>', title: 'Encuentre un grupo', preloads: ['assets/ui-es.js'] };
const PAGE = { file: 'index.html', body: '<h1>Find a group</h1><a href="#/groups">A–Z</a>', lang: 'en', translations: [SPANISH] };

/** The page as a browser with these languages would have it once parsed (script run). */
function parsed(languages: string[], search = '') {
  const html = pageHtml(TEMPLATE, PAGE);
  const document = new DOMParser().parseFromString(html, 'text/html');
  const code = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  new Function('document', 'location', 'navigator', code)(document, { search }, { languages });
  return {
    heading: document.querySelector('h1')?.textContent,
    rootLang: document.getElementById('root')?.dataset.lang,
    htmlLang: document.documentElement.lang,
    title: document.title,
    templates: document.querySelectorAll('template').length,
    preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.getAttribute('href')),
    browseHref: document.querySelector('a')?.getAttribute('href'),
  };
}

describe('the start page in the browser’s language, before the first paint', () => {
  it('a browser set to Spanish (Mexico) gets the Spanish page, title, language and strings preload', () => {
    expect(parsed(['es-MX', 'es'])).toEqual({
      heading: 'Encuentre un grupo',
      rootLang: 'es',
      htmlLang: 'es',
      title: 'Encuentre un grupo',
      templates: 0,
      preloads: ['./assets/ui-es.js'],
      browseHref: 'directory.html',
    });
  });

  it('a browser set to English keeps the page as written, and the copies are dropped', () => {
    expect(parsed(['en-GB', 'es'])).toMatchObject({ heading: 'Find a group', rootLang: 'en', htmlLang: 'en', title: 'Find a group', templates: 0, preloads: [] });
  });

  it('chooses as the live app does: the first language the page has, ?lang= before the browser', () => {
    expect(parsed(['fr-FR', 'es-ES']).heading, 'French is not offered: the next one is').toBe('Encuentre un grupo');
    expect(parsed(['de', 'en', 'es']).heading, 'English comes before Spanish').toBe('Find a group');
    expect(parsed(['fr']).heading, 'none offered: as written').toBe('Find a group');
    expect(parsed(['en-US'], '?lang=es').heading).toBe('Encuentre un grupo');
    expect(parsed(['es-MX'], '?lang=en').heading).toBe('Find a group');
    expect(parsed(['es-MX'], '?lang=xx').heading, 'an unknown ?lang= is passed over').toBe('Encuentre un grupo');
  });

  it('a hostile ?lang= changes nothing and breaks nothing', () => {
    expect(parsed(['en'], '?lang=%22%5D%3Cb%3E')).toMatchObject({ heading: 'Find a group', templates: 0 });
  });

  it('the policy allows exactly the inline script the page carries', () => {
    const html = pageHtml(TEMPLATE, PAGE);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    expect(html).toContain(`script-src 'self' 'sha256-${hash}';`);
  });

  it('a page without translations has no inline script and its policy as it was', () => {
    const html = pageHtml(TEMPLATE, { file: 'directory.html', body: '<h1>A–Z</h1>', lang: 'en' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<template');
    expect(html).toContain(`script-src 'self'; style-src`);
  });

  it('one folder down, a translation’s links and preloads climb back up too', () => {
    const html = pageHtml(TEMPLATE, { ...PAGE, file: 'es/index.html' });
    expect(html).toContain('data-preload="../assets/ui-es.js"');
    expect(html).toContain('<a href="../directory.html" data-app-href="#/groups">De la A a la Z</a>');
  });
});
