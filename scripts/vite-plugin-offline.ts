/**
 * Offline after the first visit: a Workbox service worker (vite-plugin-pwa, generateSW)
 * precaches the whole build — both languages' strings and content, the pre-rendered
 * directory and group pages, icons and the web app manifest.
 *
 * Updates without asking, and safely: a new version's worker downloads every file of
 * that version in the background (all or nothing), then waits. The open page keeps
 * being served the old version's files from the cache, so a page never mixes old and
 * new files; the new version takes over the next time Pathways is opened. (No
 * skipWaiting: an automatic reload could throw away a person's answers mid-question.)
 *
 * Registration is src/pwa/register-service-worker.ts, an ordinary module script: the
 * strict CSP (scripts/vite-plugin-csp.ts) allows no inline script.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export const THEME_COLOUR = '#1d5f8a';

export function offlinePlugin(): PluginOption {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    strategies: 'generateSW',
    // The glob below already finds the icons; listing them twice would only add noise.
    includeManifestIcons: false,
    manifest: {
      name: 'Pathways',
      short_name: 'Pathways',
      description:
        'Find a mutual aid recovery support group that fits you or someone you care about. Free and private: nothing leaves your device.',
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
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,txt}'], // the plugin adds manifest.webmanifest itself
      // The build manifest is for scripts/budget.ts, not for people.
      globIgnores: ['.vite/**'],
      skipWaiting: false,
      // The first visit's page is served from the cache as soon as the worker is ready.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Everything after "?" (?lang=es, embed settings) is read by the app, never by a server:
      // /?lang=es is the precached index.html.
      ignoreURLParametersMatching: [/.*/],
      // Every page is a real file; an unknown address should fail, not show the start page.
      navigateFallback: null,
      inlineWorkboxRuntime: true,
    },
  });
}
