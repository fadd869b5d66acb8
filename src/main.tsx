/** Entry point: read a clinic's settings (if any), pick the language, load its strings, then render. */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { applyDocumentLanguage, detectLanguage, ensureAllStrings, initI18n } from './i18n/i18n';
import { loadSources } from './ui/content/sources';
import { loadLanguageContent } from './ui/content/useLanguageContent';
import { parseRoute } from './ui/routing';
import { App, preloadPage } from './ui/App';
import { presetAnswers } from './settings/apply-settings';
import { PreviewWarnings } from './settings/PreviewWarnings';
import { SettingsProvider } from './settings/SettingsContext';
import type { Settings } from './settings/settings-schema';
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

async function boot() {
  const { settings, warnings } = await loadSettings(location.search);
  const language = settings.lang ?? detectLanguage(location.search, navigator.languages ?? []);
  await initI18n(language);
  applyDocumentLanguage(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  await preloadPrerenderedView(language);
  // The pre-rendered page is swapped for the live one in one go: no empty or "Loading…" frame in between.
  root.replaceChildren();
  const reactRoot = createRoot(root);
  flushSync(() => reactRoot.render(
    <StrictMode>
      <SettingsProvider settings={settings} warnings={warnings}>
        <PreviewWarnings />
        <App presetAnswers={presetAnswers(settings)} exitUrl={settings.exitUrl} />
      </SettingsProvider>
    </StrictMode>,
  ));
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
registerServiceWorker(); // offline after the first visit (production builds only)
