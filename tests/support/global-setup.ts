// Vitest globalSetup for the browser tests: checks prerequisites once, starts
// one static server for the production build and hands its URL to the tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './server.ts';
import { chromiumAvailable, isCI, loudNotice, MISSING_MESSAGE } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234 — the built app is at `${baseURL}/`. */
    baseURL: string;
    /** Absolute path of the folder being served. */
    distRoot: string;
    /** True once globalSetup has shouted about a missing Chromium. */
    chromiumNoticeShown: boolean;
  }
}

export default async function setup(project: TestProject) {
  // PATHWAYS_DIST lets the helpers be checked against a fixture site.
  const root = resolve(process.env.PATHWAYS_DIST ?? 'dist');

  // Vitest prints a misleading "No test files found" when globalSetup
  // throws, so the real reason is also written to stderr first.
  const fail = (message: string): never => {
    process.stderr.write(loudNotice(message));
    throw new Error(message);
  };

  // Say it once here (loudly); describeBrowser then adds one line per file.
  const missing = !chromiumAvailable();
  if (missing) {
    if (isCI) fail(MISSING_MESSAGE.replace('SKIPPED', 'FAILED (CI=true)'));
    process.stderr.write(loudNotice(MISSING_MESSAGE));
  }

  if (!existsSync(resolve(root, 'index.html'))) {
    fail(`No production build at ${root}/index.html: run \`npx vite build\` first.`);
  }

  const server = await startStaticServer({ root });
  project.provide('baseURL', server.url);
  project.provide('distRoot', root);
  project.provide('chromiumNoticeShown', missing);
  return () => server.close();
}
