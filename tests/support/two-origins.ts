/**
 * Two origins for the tests where a clinic's page and the app meet (embed, meeting feeds, clinic
 * settings): the app's origin serves copies of the build in sub-folders, the host's origin the
 * clinic's pages. Both folders are temporary and removed afterwards; one browser for the file.
 *
 *   const sites = useTwoOrigins({ builds: ['/pathways/'], prepare: async ({ appRoot }) => … });
 *   … sites.app.url, sites.host.url, sites.browser, inside tests and later hooks
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startStaticServer, type HeaderSource, type StaticServer } from './server.ts';

export interface TwoOrigins {
  browser: Browser;
  /** The app's origin: the build copies (`builds`) and any files `prepare` puts beside them. */
  app: StaticServer;
  /** The clinic's origin: its pages, written by the tests. */
  host: StaticServer;
  appRoot: string;
  hostRoot: string;
}

export interface TwoOriginsOptions {
  /** Folders of the app's origin that each get a copy of the build, e.g. '/pathways/'. */
  builds: string[];
  /** Writes more files into the two folders before the servers start. */
  prepare?: (roots: Pick<TwoOrigins, 'appRoot' | 'hostRoot'>) => Promise<unknown>;
}

export function useTwoOrigins(options: TwoOriginsOptions): TwoOrigins {
  // Filled in by beforeAll: read its fields only inside tests and later hooks.
  const sites = {} as TwoOrigins;
  beforeAll(async () => {
    [sites.appRoot, sites.hostRoot] = await Promise.all([mkdtemp(join(tmpdir(), 'pathways-app-')), mkdtemp(join(tmpdir(), 'pathways-host-'))]);
    await Promise.all(options.builds.map((folder) => cp(inject('distRoot'), join(sites.appRoot, folder), { recursive: true })));
    await writeFile(join(sites.hostRoot, 'favicon.ico'), ''); // a browser asks for it: no 404 in the logs
    await options.prepare?.(sites);
    [sites.browser, sites.app, sites.host] = await Promise.all([
      launchBrowser(),
      startStaticServer({ root: sites.appRoot }),
      startStaticServer({ root: sites.hostRoot }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([sites.browser?.close(), sites.app?.close(), sites.host?.close()]);
    await Promise.all([sites.appRoot, sites.hostRoot].filter(Boolean).map((root) => rm(root, { recursive: true, force: true })));
  });
  return sites;
}

/** What EMBEDDING.md tells the app's host to send: only the clinic may frame its pages; no referrer. */
export function framedOnlyBy(host: StaticServer): HeaderSource {
  return (path): Record<string, string> =>
    path.endsWith('.html') || path.endsWith('/') ? { 'Content-Security-Policy': `frame-ancestors ${host.url}`, 'Referrer-Policy': 'no-referrer' } : {};
}
