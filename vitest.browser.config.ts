// Vitest config for end-to-end tests in Chromium against the production build.
// Run: npx vite build && npx vitest run --config vitest.browser.config.ts
// Kept separate from vite.config.ts so unit tests stay fast and need no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.browser.test.ts'],
    environment: 'node',
    // Serves dist/ on 127.0.0.1:<ephemeral> and provides `baseURL` to tests.
    globalSetup: ['./tests/support/global-setup.ts'],
    // Each file launches its own Chromium; on a 2-core machine running files
    // one at a time is faster and far less flaky than in parallel.
    pool: 'forks',
    fileParallelism: false,
    // Browser launch + page load + axe can take seconds on a slow machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
