/**
 * Size budgets for the production build (issue 7: fast on a cheap phone). Prints a table
 * and exits 1 when anything is over. Run after `vite build`:  npx tsx scripts/budget.ts
 * Sizes are gzip level 9 of each file on its own, as a browser downloads them.
 *
 *  first-screen JS   the entry chunk, what it imports statically, and the first-screen
 *                    strings the boot loads (src/locales/<lang>/ui.json, the larger language; the
 *                    questions come with the questionnaire)
 *  content (<lang>)  that language's group profiles and helplines (virtual:pathways/…),
 *                    loaded after the first screen
 *  strings (<lang>)  that language's other strings files (reasons, results, pages), also later
 *  sources           every profile's sources, one chunk for all languages, loaded only where shown
 *  CSS               every stylesheet in the build
 *  first load        index.html + its CSS + first-screen JS + icon + web app manifest
 *  offline download  what the service worker fetches over the network after the first visit, for
 *                    one language (the larger): its precache plan (scripts/vite-plugin-offline.ts)
 *                    less the hashed files the first visit downloaded, which it takes from the
 *                    HTTP cache
 *  offline cache     the whole precache for one language, first visit's files included
 * Issue 13 set the first-screen and offline limits. Layout shift (CLS 0) is checked by
 * tests/prerender-adopt.browser.test.ts; timings are not budgeted here (npm run bench:web).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../src/content/load-node.ts';
import { LANGUAGES } from '../src/content/vocabulary.ts';
import { entryKey, filesOf, keysMatching, readBuildManifest, staticClosure, type BuildManifest } from './build-manifest.ts';
import { precachePlan } from './vite-plugin-offline.ts';

const KIB = 1024;
// Issue 13 set the first-screen JS (96 KiB) and offline download limits.
const BUDGETS_KIB = {
  firstScreenJs: 96,
  // Grew with a sourced route to a meeting for every profile and region.
  languageContent: 32,
  languageStrings: 30,
  sources: 30,
  css: 12,
  firstLoad: 160,
  offlineDownload: 200,
  // Everything the worker stores for one language: the first visit's files and the download after it.
  // A guard against growth, not one of issue 13's goals; it took the Intl warm-up worker (1 KiB),
  // which offline results still ask for, then the results' shorter tasks (0.3 KiB: the ranking
  // worked out once, the page change in a transition, the printed plan split by group), then the
  // start page's Spanish copy in index.html (1.4 KiB), so a Spanish browser paints Spanish first,
  // then the medication reasons that had gone missing from both languages (0.2 KiB).
  offlineCache: 220,
} as const;

interface BudgetLine {
  name: string;
  files: string[];
  bytes: number;
  limit: number;
}

const gzipSize = (dist: string, file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const sum = (dist: string, files: string[]) => files.reduce((total, file) => total + gzipSize(dist, file), 0);

/** Chunks of one language's strings files, e.g. src/locales/es/*.json, with their static imports. */
function stringsChunks(manifest: BuildManifest, lang: string, which: RegExp): string[] {
  return keysMatching(manifest, new RegExp(`^src/locales/${lang}/(${which.source})\\.json$`)).flatMap((key) =>
    staticClosure(manifest, key),
  );
}

function measure(dist: string): BudgetLine[] {
  const manifest = readBuildManifest(dist);
  const entry = staticClosure(manifest, entryKey(manifest));
  const { js: entryJs, css: entryCss } = filesOf(manifest, entry);
  const firstScreenStrings = (lang: string) => filesOf(manifest, stringsChunks(manifest, lang, /ui/)).js;
  const uiStrings = LANGUAGES.map(firstScreenStrings).reduce((a, b) => (sum(dist, a) >= sum(dist, b) ? a : b));
  const firstScreenJs = [...entryJs, ...uiStrings];

  const lines: BudgetLine[] = [{ name: 'first-screen JS', files: firstScreenJs, bytes: sum(dist, firstScreenJs), limit: BUDGETS_KIB.firstScreenJs }];

  for (const lang of LANGUAGES) {
    const content = keysMatching(manifest, new RegExp(`^\\0?pathways:(catalogue|helplines)/${lang}$`));
    if (content.length !== 2) throw new Error(`expected catalogue and helplines chunks for "${lang}", found: ${content.join(', ')}`);
    const keys = content.flatMap((key) => staticClosure(manifest, key));
    const files = filesOf(manifest, [...new Set(keys)]).js.filter((file) => !entryJs.includes(file));
    lines.push({ name: `content (${lang})`, files, bytes: sum(dist, files), limit: BUDGETS_KIB.languageContent });
    const strings = filesOf(manifest, stringsChunks(manifest, lang, /(?!ui\.json$)[^/]+/)).js.filter((file) => !entryJs.includes(file));
    lines.push({ name: `strings (${lang})`, files: strings, bytes: sum(dist, strings), limit: BUDGETS_KIB.languageStrings });
  }
  const sources = filesOf(manifest, keysMatching(manifest, /^\0?pathways:sources$/)).js;
  lines.push({ name: 'sources (all languages)', files: sources, bytes: sum(dist, sources), limit: BUDGETS_KIB.sources });

  const allCss = walk(dist).filter((file) => file.endsWith('.css'));
  lines.push({ name: 'CSS (all)', files: allCss, bytes: sum(dist, allCss), limit: BUDGETS_KIB.css });

  const firstLoad = ['index.html', ...entryCss, ...firstScreenJs, 'icon-32.png', 'manifest.webmanifest'];
  lines.push({ name: 'first load', files: firstLoad, bytes: sum(dist, firstLoad), limit: BUDGETS_KIB.firstLoad });

  const plan = precachePlan(dist);
  const largest = (lists: string[][]) => lists.reduce((a, b) => (sum(dist, a) >= sum(dist, b) ? a : b));
  const offlineCache = LANGUAGES.map((lang) => [...plan.common, ...plan.languages[lang]!]);
  // The worker takes content-hashed files the first visit downloaded from the HTTP cache
  // (scripts/service-worker.js, force-cache; tests/offline.browser.test.ts checks it): those cost nothing more.
  const firstVisit = (lang: string) => new Set([...entryJs, ...entryCss, ...firstScreenStrings(lang)]);
  const download = LANGUAGES.map((lang, i) => offlineCache[i]!.filter((file) => !firstVisit(lang).has(file)));
  const afterFirst = largest(download);
  lines.push({ name: 'offline download after the first visit (1 language)', files: afterFirst, bytes: sum(dist, afterFirst), limit: BUDGETS_KIB.offlineDownload });
  const whole = largest(offlineCache);
  lines.push({ name: 'offline cache, whole (1 language)', files: whole, bytes: sum(dist, whole), limit: BUDGETS_KIB.offlineCache });
  return lines;
}

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.vite') return [];
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path)];
  });
}

function formatTable(lines: BudgetLine[]): string {
  const kib = (bytes: number) => (bytes / KIB).toFixed(1);
  const rows = lines.map((line) => [
    line.name,
    kib(line.bytes),
    String(line.limit),
    line.bytes <= line.limit * KIB ? 'ok' : `OVER by ${kib(line.bytes - line.limit * KIB)}`,
  ]);
  const header = ['budget (gzip -9)', 'KiB', 'limit', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (row: string[]) => row.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [format(header), ...rows.map(format)].join('\n');
}

function main() {
  const dist = join(PROJECT_ROOT, 'dist');
  const lines = measure(dist);
  console.log(formatTable(lines));
  const verbose = process.argv.includes('--files');
  if (verbose) for (const line of lines) console.log(`\n${line.name}:\n  ${line.files.map((f) => `${(gzipSize(dist, f) / KIB).toFixed(1).padStart(6)}  ${f}`).join('\n  ')}`);
  const over = lines.filter((line) => line.bytes > line.limit * KIB);
  if (over.length) {
    console.error(`\nOver budget: ${over.map((line) => line.name).join(', ')}. See what is in them: npx tsx scripts/budget.ts --files`);
    process.exit(1);
  }
  console.log('\nAll size budgets met.');
}

main();
