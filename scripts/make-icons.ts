/**
 * Draws the PNG icons (the page's favicon and those the web app manifest lists) from public/icon.svg, with the
 * system Chromium (nothing downloaded). Run after changing the SVG, and commit the PNGs:
 *   npx tsx scripts/make-icons.ts
 * "maskable" icons may be cropped to a circle by the phone, so that one puts the
 * drawing inside the middle 80% on a full square of the brand colour.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/content/load-node.ts';
import { CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { chromiumPath } from '../tests/support/chromium.ts';
import { THEME_COLOUR } from './vite-plugin-offline.ts';

const PUBLIC = join(PROJECT_ROOT, 'public');
const svg = readFileSync(join(PUBLIC, 'icon.svg'), 'utf8');
const ICONS = [
  // The page's own icon (index.html): a PNG, because Chromium builds a whole SVG document on the
  // page's main thread for an SVG favicon, several milliseconds while the results appear (issue 13).
  { file: 'icon-32.png', size: 32, maskable: false },
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  for (const { file, size, maskable } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = maskable ? Math.round(size * 0.8) : size;
    const background = maskable ? THEME_COLOUR : 'transparent';
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
    );
    await page.screenshot({ path: join(PUBLIC, file), omitBackground: !maskable });
    await page.close();
    console.log(`public/${file} (${size}x${size}${maskable ? ', maskable' : ''})`);
  }
} finally {
  await browser.close();
}
