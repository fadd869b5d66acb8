/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/vite-plugin-content.ts';
import { compileHintsPlugin } from './scripts/vite-plugin-compile-hints.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';

/**
 * The chunks that build the results, compiled as they stream in (scripts/vite-plugin-compile-hints.ts).
 * "engine" also names the engine's strings file: a hint on a file of data costs nothing.
 */
const RESULTS_CHUNKS = /^(ResultsPage|quiz-runtime|engine|open-shared-link|share-link|schemas|group-facts|useAllStrings|ContactLinks|trust)$/;

export default defineConfig({
  // Relative base: the build works from any folder of any static host.
  base: './',
  // Order matters after the build: pre-rendered pages are written first, then the
  // service worker is generated so that it precaches them too.
  plugins: [react(), contentPlugin(), compileHintsPlugin(RESULTS_CHUNKS), cspPlugin(), prerenderPlugin(), offlinePlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The manifest lets scripts/budget.ts follow what the first screen imports.
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically ($initial) goes into one chunk with the entry.
        // Left alone, the bundler splits the libraries the lazy views share (React, i18next) into
        // their own chunk: one more request before the page is live, and ~1.5 KiB more gzip, since
        // each file is compressed on its own. Lazy views still load only what they add.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser journeys run against the production build: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ['**/node_modules/**', 'tests/**/*.browser.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
    testTimeout: 20_000,
  },
});
