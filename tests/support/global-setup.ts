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
  }
}

export default async function setup(project: TestProject) {
  // PATHWAYS_DIST lets the helpers be checked against a fixture site.
  const root = resolve(process.env.PATHWAYS_DIST ?? 'dist');

  // Say it once here (loudly), not once per test file.
  if (!chromiumAvailable()) {
    if (isCI) throw new Error(MISSING_MESSAGE.replace('SKIPPED', 'FAILED (CI=true)'));
    process.stderr.write(loudNotice(MISSING_MESSAGE));
  }

  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No production build at ${root}/index.html: run \`npx vite build\` first.`);
  }

  const server = await startStaticServer({ root });
  project.provide('baseURL', server.url);
  project.provide('distRoot', root);
  return () => server.close();
}
