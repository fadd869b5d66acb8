/**
 * Offline after the first visit: writes dist/sw.js (scripts/service-worker.js with this build's
 * file lists and a version from their contents) and the web app manifest. The worker precaches
 * what every visit needs plus one language (`precachePlan`), and caches the rest on first use. Small and hand-written:
 * the usual plugin (vite-plugin-pwa) pulls in a dependency whose lock entries `npm ci` rejects here.
 * Registration is src/pwa/register-service-worker.ts, an ordinary module script: the strict CSP
 * (scripts/vite-plugin-csp.ts) allows no inline script.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { LANGUAGES } from '../src/content/vocabulary.ts';
import { filesOf, keysMatching, readBuildManifest, staticClosure } from './build-manifest.ts';

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

export interface PrecachePlan {
  /** Fetched at install for every language: the start page, questionnaire, results, styles. */
  common: string[];
  /** Fetched at install for the registering page's language only: its strings and content. */
  languages: Record<string, string[]>;
  /** Every file of the build: the worker caches any of them the first time it is used. */
  known: string[];
}

/**
 * Splits the build (issue 13: the download after the first visit stays small). Precached: the
 * app's folder page, icon, manifest and every script and stylesheet except the other languages'
 * strings and content and the shared sources chunk (shown only when a card's sources are opened
 * or on a profile). Left to first use: the pre-rendered directory and group pages (the app shows
 * the same pages from index.html), the PNG icons (fetched by the browser when installing), the
 * embed loader (for host pages), robots.txt.
 */
/** Modules loaded only with clinic settings or when printing (see precachePlan). */
const CLINIC_ONLY = /^(src\/settings\/(local-groups|meeting-feeds)\.ts|src\/ui\/meetings\/NextMeetings\.tsx|node_modules\/@paulmillr\/qr\/.*)$/;
/** The meeting feeds' Web Worker (named by Vite, not in the manifest's entries). */
const WORKER = /^assets\/worker-[\w-]+\.js$/;

export function precachePlan(outDir: string): PrecachePlan {
  const known = precacheList(outDir);
  const manifest = readBuildManifest(outDir);
  const closureFiles = (keys: string[]) => {
    const { js, css } = filesOf(manifest, [...new Set(keys.flatMap((key) => staticClosure(manifest, key)))]);
    return [...js, ...css];
  };
  const perLanguage = Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      closureFiles(keysMatching(manifest, new RegExp(`^(src/locales/${lang}/[^/]+\\.json|\\0?pathways:(catalogue|helplines)/${lang})$`))),
    ]),
  );
  // A chunk every language's closure reaches (shared code) is common, not language-specific.
  const inAll = (file: string) => LANGUAGES.every((lang) => perLanguage[lang]!.includes(file));
  const languages = Object.fromEntries(LANGUAGES.map((lang) => [lang, perLanguage[lang]!.filter((file) => !inAll(file))]));
  const languageFiles = new Set(Object.values(languages).flat());
  const sources = new Set(closureFiles(keysMatching(manifest, /^\0?pathways:sources$/)).filter((file) => !inAll(file)));
  // Code only a clinic's settings or the print plan need (settings checks, meeting feeds, the QR
  // encoder): cached on first use, unless something every visit needs shares it.
  const clinicKeys = keysMatching(manifest, CLINIC_ONLY);
  const otherKeys = Object.keys(manifest).filter((key) => manifest[key]!.isDynamicEntry && !clinicKeys.includes(key));
  const needed = new Set(closureFiles(otherKeys.concat(keysMatching(manifest, /^index\.html$/))));
  const clinicOnly = new Set(closureFiles(clinicKeys).filter((file) => !needed.has(file)));
  const common = known.filter(
    (file) =>
      // early.js keeps Exit working before the app is live; the settings file is asked for on every visit.
      ['index.html', 'icon-32.png', 'manifest.webmanifest', 'early.js', 'pathways-settings.json'].includes(file) ||
      (file.startsWith('assets/') && !languageFiles.has(file) && !sources.has(file) && !clinicOnly.has(file) && !WORKER.test(file)),
  );
  return { common, languages, known };
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
        const outDir = resolve(config.root, config.build.outDir); // an absolute --outDir stays as given
        const plan = precachePlan(outDir);
        const hash = createHash('sha256');
        for (const file of plan.known) hash.update(file).update(readFileSync(join(outDir, file)));
        const worker = readFileSync(join(config.root, 'scripts', 'service-worker.js'), 'utf8')
          .replace('__VERSION__', hash.digest('hex').slice(0, 16))
          .replace('/* COMMON */ []', JSON.stringify(plan.common))
          .replace('/* LANGUAGES */ {}', JSON.stringify(plan.languages))
          .replace('/* KNOWN */ []', JSON.stringify(plan.known));
        writeFileSync(join(outDir, 'sw.js'), worker);
        const perLanguage = Object.entries(plan.languages).map(([lang, files]) => `${lang} ${files.length}`).join(', ');
        config.logger.info(`service worker: precaches ${plan.common.length} files + one language (${perLanguage}); ${plan.known.length} files known`);
      },
    },
  };
}
