/**
 * Offline after the first visit: writes dist/sw.js (scripts/service-worker.js with this build's
 * file list and a version from their contents) and the web app manifest. Small and hand-written:
 * the usual plugin (vite-plugin-pwa) pulls in a dependency whose lock entries `npm ci` rejects here.
 * Registration is src/pwa/register-service-worker.ts, an ordinary module script: the strict CSP
 * (scripts/vite-plugin-csp.ts) allows no inline script.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const THEME_COLOUR = '#1d5f8a';

const MANIFEST = {
  name: 'Pathways',
  short_name: 'Pathways',
  description: 'Find a mutual aid recovery support group that fits you or someone you care about. Free and private: nothing leaves your device.',
  lang: 'en',
  dir: 'ltr',
  // Relative to the manifest, so the app installs from any folder of any host.
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: THEME_COLOUR,
  icons: [
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/** Files a person may need offline: everything built, except the build's own bookkeeping and the worker. */
export function precacheList(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(outDir)
    .map((path) => relative(outDir, path).split(sep).join('/'))
    .filter((file) => !file.startsWith('.vite/') && file !== 'sw.js')
    .sort();
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pathways-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: `${JSON.stringify(MANIFEST, null, 2)}\n` });
    },
    // After the pre-rendered pages are written (that plugin's closeBundle runs first).
    closeBundle: {
      order: 'post',
      handler() {
        const outDir = join(config.root, config.build.outDir);
        const files = precacheList(outDir);
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
        const worker = readFileSync(join(config.root, 'scripts', 'service-worker.js'), 'utf8')
          .replace('__VERSION__', hash.digest('hex').slice(0, 16))
          .replace('/* FILES */ []', JSON.stringify(files));
        writeFileSync(join(outDir, 'sw.js'), worker);
        config.logger.info(`service worker: precaches ${files.length} files`);
      },
    },
  };
}
