// Where Chromium lives and what to say when it does not.
// Kept free of playwright imports so globalSetup can use it cheaply.
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH wins, so other machines can point at their own build. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumAvailable = (): boolean => existsSync(chromiumPath);

/** CI must never pass by silently skipping the browser tests. */
export const isCI = process.env.CI === 'true';

export const MISSING_MESSAGE =
  `Browser tests SKIPPED: Chromium not found. Install it with: apt-get update && apt-get install -y chromium` +
  `\n  (looked for ${chromiumPath}; set CHROMIUM_PATH to use another binary)`;

/** Multi-line banner so a skipped run is hard to mistake for a passing one. */
export function loudNotice(message: string): string {
  const bar = '!'.repeat(78);
  return `\n${bar}\n${bar}\n!! ${message.split('\n').join('\n!! ')}\n${bar}\n${bar}\n\n`;
}
