/**
 * Pre-renders pages at build time so they paint before any script runs and read
 * without JavaScript (no server at run time):
 *   dist/index.html         the start page, with a <noscript> pointer to the A–Z list, in English
 *                           and, for browsers set to another language, in that one (prerendered-language.ts)
 *   dist/directory.html     the A–Z list of groups
 *   dist/groups/<id>.html   each group's profile
 * Each file is dist/index.html with #root filled in, so it loads the same app, styles,
 * manifest and CSP; the app then replaces the markup with the live page (src/main.tsx)
 * and opens on the same page (src/ui/routing.ts maps these paths to routes).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { StaticPage } from './prerender-entry.tsx';
import { contentPlugin } from './vite-plugin-content.ts';
import { entryKey, filesOf, keysMatching, readBuildManifest, staticClosure, type BuildManifest } from './build-manifest.ts';
import { pageHtml } from './static-html.ts';

const ENTRY = '/scripts/prerender-entry.tsx';

/** Loads the entry through Vite (virtual content, JSON, CSS imports) and renders every page. */
async function renderWithVite(root: string): Promise<StaticPage[]> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [contentPlugin()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = (await server.ssrLoadModule(ENTRY)) as typeof import('./prerender-entry.tsx');
    return await entry.renderPages();
  } finally {
    await server.close();
  }
}

/**
 * What a page's live version needs beyond the entry chunk: the first-screen strings of the
 * language it is written in (the boot imports them only after the entry has run: preloading
 * them saves a round trip before the app is live), and a lazily loaded view's CSS and JS.
 */
function viewFiles(manifest: BuildManifest, view: string | undefined, lang: string): { styles: string[]; preloads: string[] } {
  const entry = new Set(staticClosure(manifest, entryKey(manifest)));
  const strings = filesOf(manifest, keysMatching(manifest, new RegExp(`^src/locales/${lang}/ui\\.json$`))).js;
  if (!view) return { styles: [], preloads: strings };
  const { js, css } = filesOf(manifest, staticClosure(manifest, view).filter((key) => !entry.has(key)));
  return { styles: css, preloads: [...strings, ...js] };
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pathways-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      // Before the service worker is generated (scripts/vite-plugin-offline.ts, also at closeBundle),
      // so the worker precaches these files.
      order: 'pre',
      sequential: true,
      async handler(error?: Error) {
        if (error || config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        const template = await readFile(join(outDir, 'index.html'), 'utf8');
        const manifest = readBuildManifest(outDir);
        const pages = await renderWithVite(config.root);
        for (const page of pages) {
          const file = join(outDir, page.file);
          await mkdir(dirname(file), { recursive: true });
          // A translation preloads its own language's scripts, once the browser has chosen it.
          const translations = page.translations?.map((copy) => ({ ...copy, preloads: viewFiles(manifest, page.view, copy.lang).preloads }));
          await writeFile(file, pageHtml(template, { ...page, ...viewFiles(manifest, page.view, page.lang), translations }));
        }
        config.logger.info(`pre-rendered ${pages.length} pages (start page, A–Z directory, ${pages.filter((page) => page.file.startsWith("groups/")).length} groups, information pages)`);
      },
    },
  };
}
