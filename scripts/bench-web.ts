/**
 * `npm run bench:web`: builds, serves the production build on 127.0.0.1 the way a plain
 * static host would (gzip, long cache for hashed assets), and runs Lighthouse (mobile
 * preset: a mid-range phone on a slow 4G connection, simulated) in the system Chromium
 * on the start page and the A–Z directory. Prints the four category scores and
 * FCP / LCP / TBT / bytes transferred, and lists every audit that lost points.
 *   npm run bench:web               build, then measure
 *   npm run bench:web -- --no-build measure the existing dist/
 *   npm run bench:web -- --no-build --dist=/tmp/other-build   measure another build
 *   npm run bench:web -- --runs=5   runs per page (default 3); figures are medians, since
 *                                   Lighthouse's CPU figures move with whatever else the machine does
 * Full reports: test-artifacts/lighthouse/<page>.json
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/content/load-node.ts';
import { CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { chromiumPath } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/server.ts';

const PAGES = [
  { name: 'start', path: '/' },
  { name: 'directory', path: '/directory.html' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json', '.txt']);
const DIST = process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length) ?? join(PROJECT_ROOT, 'dist');
const REPORTS = join(PROJECT_ROOT, 'test-artifacts', 'lighthouse');
const RUNS = Math.max(1, Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3));

/** A copy of dist/ with text files gzipped (-9), so the server sends what a real host would. */
function gzippedCopy(dist: string): string {
  const out = mkdtempSync(join(tmpdir(), 'pathways-bench-'));
  cpSync(dist, out, { recursive: true });
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (COMPRESSED.has(extname(name))) writeFileSync(path, gzipSync(readFileSync(path), { level: 9 }));
    }
  };
  walk(out);
  return out;
}

/** Headers of a typical static host: compressed text; hashed assets cached for a year. */
function hostHeaders(path: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (COMPRESSED.has(extname(path)) || path.endsWith('/')) headers['Content-Encoding'] = 'gzip';
  return headers;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
    server.once('error', fail);
  });
}

interface Row {
  page: string;
  /** Performance score of every run, lowest first. */
  perfRange?: number[];
  scores: number[];
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  lost: string[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Lighthouse is loaded at run time, without its types */
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: any; report: unknown } | undefined>;

/**
 * Lighthouse is not a project dependency (its dependency tree breaks `npm ci` here, and no
 * test needs it): the first run installs it once into a folder outside the project.
 */
async function loadLighthouse(): Promise<Lighthouse> {
  const dir = join(tmpdir(), 'pathways-lighthouse');
  const require = createRequire(join(dir, 'package.json'));
  if (!existsSync(join(dir, 'node_modules', 'lighthouse'))) {
    console.log(`Installing Lighthouse 12.8 into ${dir} (once; it is not a project dependency)…`);
    const install = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, 'lighthouse@~12.8'], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error('could not install Lighthouse from the npm registry');
  }
  const entry = require.resolve('lighthouse');
  return ((await import(pathToFileURL(entry).href)) as { default: Lighthouse }).default;
}

let lighthouse: Lighthouse;

async function measure(url: string, port: number, page: string): Promise<{ row: Row; report: string }> {
  lighthouse ??= await loadLighthouse();
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const lost = CATEGORIES.flatMap((category) =>
    lhr.categories[category]!.auditRefs
      .filter((ref: any) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref: any) => `${category}: ${ref.id} (${lhr.audits[ref.id]!.score}) ${lhr.audits[ref.id]!.displayValue ?? ''}`.trim()),
  );
  const row: Row = {
    page,
    scores: CATEGORIES.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100)),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
    lost,
  };
  return { row, report: typeof result.report === 'string' ? result.report : JSON.stringify(lhr) };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npx', ['vite', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const root = gzippedCopy(DIST);
  const server = await startStaticServer({ root, headers: hostHeaders });
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  const rows: Row[] = [];
  try {
    mkdirSync(REPORTS, { recursive: true });
    for (const { name, path } of PAGES) {
      const runs: { row: Row; report: string }[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(`${server.url}${path}`, port, `${name} (${path})`));
      // The median run by performance score, reported whole so its figures belong together.
      runs.sort((a, b) => a.row.scores[0]! - b.row.scores[0]!);
      const median = runs[Math.floor((runs.length - 1) / 2)]!;
      median.row.perfRange = runs.map((run) => run.row.scores[0]!);
      writeFileSync(join(REPORTS, `${name}.json`), median.report);
      rows.push(median.row);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  print(rows);
}

function print(rows: Row[]) {
  const header = ['page', 'perf', 'a11y', 'best', 'seo', 'FCP s', 'LCP s', 'TBT ms', 'CLS', 'transferred KiB', 'perf, all runs'];
  const cells = rows.map((r) => [
    r.page,
    ...r.scores.map(String),
    (r.fcp / 1000).toFixed(2),
    (r.lcp / 1000).toFixed(2),
    r.tbt.toFixed(0),
    r.cls.toFixed(3),
    (r.bytes / 1024).toFixed(1),
    (r.perfRange ?? []).join(' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 || i === row.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\nLighthouse (mobile preset, simulated slow 4G), gzip-served production build, median of ${RUNS} runs\n`);
  console.log([line(header), ...cells.map(line)].join('\n'));
  for (const r of rows) if (r.lost.length) console.log(`\n${r.page} lost points on:\n  ${r.lost.join('\n  ')}`);
  console.log(`\nFull reports: ${REPORTS}`);
}

await main();
