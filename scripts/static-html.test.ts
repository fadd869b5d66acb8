// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageHtml, prefixFor, staticLinks } from './static-html.ts';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />
    <meta name="description" content="Find a group." />
    <link rel="icon" href="./icon-32.png" type="image/png" sizes="32x32" />
    <title>Pathways</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  <link rel="manifest" href="./manifest.webmanifest"></head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('pre-rendered HTML files', () => {
  it('puts the page into #root and keeps the CSP, script and styles of index.html', () => {
    const html = pageHtml(TEMPLATE, { file: 'index.html', body: '<h1>Find a group</h1>' });
    expect(html).toContain('<div id="root" data-prerendered="index.html"><h1>Find a group</h1></div>');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toContain('src="./assets/index-abc.js"');
    expect(html).toContain('<title>Pathways</title>');
  });

  it('one folder down, every relative asset, icon and manifest link climbs back up', () => {
    const html = pageHtml(TEMPLATE, { file: 'groups/al-anon.html', body: '<h1>Al-Anon</h1>', styles: ['assets/directory-x.css'] });
    expect(html).toContain('src="../assets/index-abc.js"');
    expect(html).toContain('href="../assets/index-abc.css"');
    expect(html).toContain('href="../icon-32.png"');
    expect(html).toContain('href="../manifest.webmanifest"');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="../assets/directory-x.css">');
    expect(html).not.toContain('"./');
  });

  it('links the view’s own styles and preloads its scripts from the top folder too', () => {
    const html = pageHtml(TEMPLATE, { file: 'directory.html', body: '', styles: ['assets/d.css'], preloads: ['assets/D.js'] });
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/d.css">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/D.js">');
    expect(html.indexOf('assets/d.css')).toBeLessThan(html.indexOf('</head>'));
  });

  it('sets a page’s own title and description, escaped', () => {
    const html = pageHtml(TEMPLATE, {
      file: 'groups/aca.html',
      body: '',
      title: 'Adult Children of Alcoholics & Dysfunctional Families – Pathways',
      description: 'For people who grew up with "family problems" $& more',
    });
    expect(html).toContain('<title>Adult Children of Alcoholics &amp; Dysfunctional Families – Pathways</title>');
    expect(html).toContain('<meta name="description" content="For people who grew up with &quot;family problems&quot; $&amp; more" />');
  });

  it('keeps "$" in page text as written', () => {
    expect(pageHtml(TEMPLATE, { file: 'index.html', body: '<p>$1 or $& or $$</p>' })).toContain('<p>$1 or $& or $$</p>');
  });

  it('refuses a template without the Content Security Policy or an empty #root', () => {
    expect(() => pageHtml(TEMPLATE.replace(/<meta http-equiv[^>]+>/, ''), { file: 'index.html', body: '' })).toThrow(/Content-Security-Policy/);
    expect(() => pageHtml(TEMPLATE.replace('<div id="root"></div>', '<div id="app"></div>'), { file: 'index.html', body: '' })).toThrow(/#root|root/);
  });
});

describe('links that work without JavaScript', () => {
  it('point fragment routes at the pre-rendered files, relative to the page', () => {
    const body = '<a href="#/groups/al-anon">Al-Anon</a><a href="#/groups">All</a><a href="#/">Start</a><a href="directory.html">A–Z</a>';
    expect(staticLinks(body, '')).toBe(
      '<a href="groups/al-anon.html" data-app-href="#/groups/al-anon">Al-Anon</a><a href="directory.html" data-app-href="#/groups">All</a>' +
        '<a href="index.html" data-app-href="#/">Start</a><a href="directory.html">A–Z</a>',
    );
    expect(staticLinks(body, '../')).toBe(
      '<a href="../groups/al-anon.html" data-app-href="#/groups/al-anon">Al-Anon</a><a href="../directory.html" data-app-href="#/groups">All</a>' +
        '<a href="../index.html" data-app-href="#/">Start</a><a href="../directory.html">A–Z</a>',
    );
  });

  it('names the page and the language of its markup on #root', () => {
    const html = pageHtml(TEMPLATE, { file: 'groups/x.html', body: '<p>x</p>', lang: 'en' });
    expect(html).toContain('<div id="root" data-prerendered="groups/x.html" data-lang="en"><p>x</p></div>');
  });

  it('leave in-page anchors and pages that are not pre-rendered alone', () => {
    const body = '<a href="#main">Skip</a><a href="#/results=abc">Shared</a><a href="https://example.org/">Site</a>';
    expect(staticLinks(body, '../')).toBe(body);
  });

  it('point the footer’s information pages at their pre-rendered files', () => {
    expect(staticLinks('<a href="#/about">About</a><a href="#/privacy">P</a><a href="#/accessibility">A</a>', '../')).toBe(
      '<a href="../about.html" data-app-href="#/about">About</a><a href="../privacy.html" data-app-href="#/privacy">P</a><a href="../accessibility.html" data-app-href="#/accessibility">A</a>',
    );
  });

  it('count folders for the prefix', () => {
    expect(prefixFor('index.html')).toBe('');
    expect(prefixFor('groups/x.html')).toBe('../');
  });
});
