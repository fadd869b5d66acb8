/** Entry point: read a clinic's settings (if any), pick the language, load its strings, then render. */
import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { applyDocumentLanguage, detectLanguage, ensureAllStrings, initI18n } from './i18n/i18n';
import { loadSources } from './ui/content/sources';
import { loadLanguageContent } from './ui/content/useLanguageContent';
import { parseRoute } from './ui/routing';
import { listenForEarlyStart } from './ui/early-start';
import { App, preloadPage } from './ui/App';
import { presetAnswers } from './settings/apply-settings';
import { PreviewWarnings } from './settings/PreviewWarnings';
import { SettingsProvider } from './settings/SettingsContext';
import type { Settings } from './settings/settings-schema';
import { canAdopt, finishAdoption } from './pwa/adopt-prerendered';
import { registerServiceWorker } from './pwa/register-service-worker';
import './ui/styles.css';

interface Loaded {
  settings: Settings;
  warnings: string[];
}

/**
 * Settings arrive in the address (an embed or a link; see EMBEDDING.md). A plain visit has
 * none and downloads none of the code that checks them. Whatever fails, the app still starts.
 */
async function loadSettings(search: string): Promise<Loaded> {
  if (!search) return { settings: {}, warnings: [] };
  try {
    const { readSettings, startBridge } = await import('./settings/boot');
    if (window.self !== window.top) startBridge(search);
    return readSettings(search);
  } catch (error) {
    console.warn(`Pathways settings: could not be loaded (${(error as Error).message}); using the defaults`);
    return { settings: {}, warnings: [] };
  }
}

listenForEarlyStart(); // before anything is awaited: a press on the pre-rendered "Start now" is kept

async function boot() {
  const { settings, warnings } = await loadSettings(location.search);
  const language = settings.lang ?? detectLanguage(location.search, navigator.languages ?? []);
  await initI18n(language);
  applyDocumentLanguage(language);
  registerServiceWorker(language); // offline after the first visit (production builds only)
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  await preloadPrerenderedView(language);
  const app = (
    <SettingsProvider settings={settings} warnings={warnings}>
      <PreviewWarnings />
      <App presetAnswers={presetAnswers(settings)} exitUrl={settings.exitUrl} />
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
  if (route?.name !== 'directory' && route?.name !== 'group') return;
  await Promise.all([
    preloadPage(route),
    loadLanguageContent(language),
    ensureAllStrings(language),
    route.name === 'group' ? loadSources() : null,
  ]);
}

void boot();
