/** Entry point: read a clinic's settings (if any), pick the language, load its strings, then render. */
import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { applyDocumentLanguage, detectLanguage, ensureAllStrings, initI18n, switchLanguage } from './i18n/i18n';
import { loadSources } from './ui/content/sources';
import { loadLanguageContent } from './ui/content/useLanguageContent';
import { parseRoute } from './ui/routing';
import { App, preloadPage } from './ui/App';
import { presetAnswers } from './settings/apply-settings';
import { PreviewWarnings } from './settings/PreviewWarnings';
import { SettingsProvider } from './settings/SettingsContext';
import type { Settings } from './settings/settings-schema';
import type { TrustOutcome } from './settings/trust';
import { listenForEarlyStart } from './ui/early-start';
import { canAdopt, finishAdoption } from './pwa/adopt-prerendered';
import { registerServiceWorker } from './pwa/register-service-worker';
import './ui/styles.css';

interface Loaded {
  settings: Settings;
  warnings: string[];
  /** Clinic-only settings, once their source is checked (src/settings/trust.ts). */
  trust?: Promise<TrustOutcome>;
}

listenForEarlyStart(); // before anything is awaited: a press on the pre-rendered "Start now" is kept (public/early.js keeps earlier ones)
// The settings file on the app's own site (settings-file.ts): asked for at once, read in parallel with the
// strings; its small module is a chunk of its own, fetched alongside, so the first download stays within budget.
const settingsFile = import('./settings/settings-file').then(async ({ fetchSettingsFile, hasSettings }) => {
  const file = await fetchSettingsFile();
  return hasSettings(file) ? file : null;
});

/**
 * Settings arrive in the address (an embed or a link) or in the settings file (see EMBEDDING.md).
 * A plain visit has none and downloads none of the code that checks them. Whatever fails, the app still starts.
 */
async function loadSettings(search: string): Promise<Loaded> {
  try {
    const file = await settingsFile.catch(() => null);
    if (!search && !file) return { settings: {}, warnings: [] };
    const { bootSettings } = await import('./settings/boot');
    return bootSettings(search, { file });
  } catch (error) {
    console.warn(`Pathways settings: could not be loaded (${(error as Error).message}); using the defaults`);
    return { settings: {}, warnings: [] };
  }
}

async function boot() {
  // The address's language is known at once; the strings load while the settings are read.
  const asked = detectLanguage(location.search, navigator.languages ?? []);
  const [{ settings, warnings, trust }] = await Promise.all([loadSettings(location.search), initI18n(asked)]);
  const language = settings.lang ?? asked;
  if (language !== asked) await switchLanguage(language); // only the settings file can name another one
  applyDocumentLanguage(language);
  registerServiceWorker(language); // offline after the first visit (production builds only)
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  await preloadPrerenderedView(language);
  const app = (
    <SettingsProvider settings={settings} warnings={warnings} trust={trust}>
      <PreviewWarnings />
      <App presetAnswers={presetAnswers(settings)} />
    </SettingsProvider>
  );
  // Both ways render in a transition, which yields, so a slow phone stays responsive meanwhile.
  if (canAdopt(root, parseRoute(location.hash, location.pathname), language, location.search)) {
    // The start page as pre-rendered: hydrate it in place (src/pwa/adopt-prerendered.ts), once
    // it has painted: where the script and strings arrive before the first frame (a fast
    // connection, a cached visit) hydrating first would hold that frame back.
    await afterNextPaint();
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <Adopt root={root}>{app}</Adopt>
        </StrictMode>,
        { onRecoverableError: (error) => console.warn('Pathways: the pre-rendered page was rebuilt', error) },
      );
    });
    return;
  }
  // Any other page: the live app renders off-screen while the pre-rendered page stays visible,
  // and takes the page's place the moment it is ready.
  const live = document.createElement('div');
  live.id = 'root';
  const reactRoot = createRoot(live);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <SwapIn replacing={root} with={live}>
          {app}
        </SwapIn>
      </StrictMode>,
    ),
  );
}

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Marks the hydrated page live during React's commit, before the browser paints. */
function Adopt({ root, children }: { root: HTMLElement; children: ReactNode }) {
  useLayoutEffect(() => {
    finishAdoption(root);
    document.documentElement.dataset.app = 'live'; // for tests and tools: the page is interactive now
  }, [root]);
  return children;
}

/** Puts the rendered app in place of the static page during React's commit, before the browser paints. */
function SwapIn({ replacing, with: live, children }: { replacing: HTMLElement; with: HTMLElement; children: ReactNode }) {
  useLayoutEffect(() => {
    if (replacing.isConnected) replacing.replaceWith(live);
    document.documentElement.dataset.app = 'live'; // for tests and tools: the page is interactive now
  }, [replacing, live]);
  return children;
}

/** The directory and profile pages arrive pre-rendered: fetch what their live version needs before swapping. */
async function preloadPrerenderedView(language: string): Promise<void> {
  const route = parseRoute(location.hash, location.pathname);
  if (!route || !['directory', 'group', 'about', 'privacy', 'accessibility'].includes(route.name)) return;
  await Promise.all([
    preloadPage(route),
    loadLanguageContent(language),
    ensureAllStrings(language),
    route.name === 'group' ? loadSources() : null,
  ]);
}

void boot();
