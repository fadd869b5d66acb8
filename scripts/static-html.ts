/**
 * Turns a pre-rendered page body into a whole HTML file, starting from the built
 * dist/index.html so every page keeps the same scripts, styles, manifest and CSP.
 * Pure string work (no DOM, no React), so it is quick to test.
 */
import { LANGUAGE_SWAP_HASH, LANGUAGE_SWAP_SCRIPT } from './prerendered-language.ts';

/** The same page written in another language, put in place before the first paint where the browser asks for it. */
export interface Translation {
  lang: string;
  /** "ltr" or "rtl". */
  dir: string;
  /** Markup for #root. */
  body: string;
  /** The document's title in this language. */
  title: string;
  /** Scripts the live app will load in this language (paths inside dist/): fetched early. */
  preloads?: string[];
}

export interface PageParts {
  /** Path inside dist/, e.g. "directory.html" or "groups/al-anon.html". */
  file: string;
  /** Markup for #root. */
  body: string;
  title?: string;
  description?: string;
  /** Stylesheets (paths inside dist/) the page's view needs beyond the app's own. */
  styles?: string[];
  /** Scripts the live view will load: fetched early, so the page comes alive sooner. */
  preloads?: string[];
  /** Language of the markup: the live app adopts the page as it is only when it renders the same. */
  lang?: string;
  /** The page in other languages (scripts/prerendered-language.ts). */
  translations?: Translation[];
}

const ROOT = '<div id="root"></div>';
const CSP = /<meta http-equiv="Content-Security-Policy" content="[^"]+"/;

/** "../" once per folder level, so relative URLs resolve from groups/<id>.html too. */
export function prefixFor(file: string): string {
  return '../'.repeat(file.split('/').length - 1);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The live app routes with URL fragments (#/groups/al-anon), which do nothing without
 * JavaScript. In pre-rendered markup, links to pages that exist as files point at those
 * files instead. Each keeps the app's own link in data-app-href: where the live app adopts the
 * markup rather than replacing it (src/pwa/adopt-prerendered.ts), it puts those back.
 */
export function staticLinks(body: string, prefix: string): string {
  return body
    .replace(/href="(#\/groups\/([a-z0-9-]+))"/g, (_, app: string, id: string) => `href="${prefix}groups/${id}.html" data-app-href="${app}"`)
    .replace(/href="#\/groups"/g, `href="${prefix}directory.html" data-app-href="#/groups"`)
    .replace(/href="#\/"/g, `href="${prefix}index.html" data-app-href="#/"`)
    .replace(/href="(#\/(about|privacy|accessibility))"/g, (_, app: string, page: string) => `href="${prefix}${page}.html" data-app-href="${app}"`)
    .replace(/href="directory\.html"/g, `href="${prefix}directory.html"`);
}

export function pageHtml(template: string, page: PageParts): string {
  if (!template.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to fill`);
  if (!CSP.test(template)) throw new Error('index.html has no Content-Security-Policy meta: is the CSP plugin running?');
  const prefix = prefixFor(page.file);

  let html = template;
  // Assets, icon and manifest are linked as ./x from index.html: one level down they are ../x.
  if (prefix) html = html.replace(/\b(src|href)="\.\//g, `$1="${prefix}`);
  if (page.title !== undefined) {
    const title = escapeHtml(page.title);
    html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`);
  }
  if (page.description !== undefined) {
    const description = escapeHtml(page.description);
    html = html.replace(/(<meta name="description" content=")[^"]*"/, (_, start: string) => `${start}${description}"`);
  }
  const fromPage = (file: string) => `${prefix || './'}${file}`; // a path inside dist/, as this page links it
  const links = [
    ...(page.styles ?? []).map((file) => `<link rel="stylesheet" crossorigin href="${fromPage(file)}">`),
    ...(page.preloads ?? []).map((file) => `<link rel="modulepreload" crossorigin href="${fromPage(file)}">`),
  ];
  if (links.length) html = html.replace('</head>', () => `\n    ${links.join('\n    ')}\n  </head>`);
  // Function replacements throughout, so a "$" in the text is never read as a pattern.
  // data-prerendered marks the static copy, which the live app adopts or replaces (src/main.tsx,
  // src/ui/early-start.ts); its value names the page file, data-lang the language it is written in.
  const lang = page.lang ? ` data-lang="${escapeHtml(page.lang)}"` : '';
  const root = `<div id="root" data-prerendered="${escapeHtml(page.file)}"${lang}>${staticLinks(page.body, prefix)}</div>`;
  if (!page.translations?.length) return html.replace(ROOT, () => root);
  if (!html.includes("script-src 'self'")) throw new Error("index.html's policy has no script-src 'self' to allow the language script in");
  // The copies come before #root and the script right after it, so it runs before the first paint.
  const copies = page.translations.map((copy) => {
    const preload = (copy.preloads ?? []).map(fromPage).join(' ');
    const attributes = [`data-lang="${escapeHtml(copy.lang)}"`, `data-dir="${escapeHtml(copy.dir)}"`, `data-title="${escapeHtml(copy.title)}"`];
    if (preload) attributes.push(`data-preload="${escapeHtml(preload)}"`);
    return `<template ${attributes.join(' ')}>${staticLinks(copy.body, prefix)}</template>`;
  });
  return html
    .replace(CSP, (meta) => meta.replace("script-src 'self'", () => `script-src 'self' ${LANGUAGE_SWAP_HASH}`))
    .replace(ROOT, () => `${copies.join('')}${root}<script>${LANGUAGE_SWAP_SCRIPT}</script>`);
}
