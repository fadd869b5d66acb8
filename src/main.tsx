/** Entry point: pick the language, load its strings, then render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLanguage, detectLanguage, initI18n } from './i18n/i18n';
import { App } from './ui/App';
import './ui/styles.css';

async function boot() {
  const language = detectLanguage(location.search, navigator.languages ?? []);
  await initI18n(language);
  applyDocumentLanguage(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  root.replaceChildren(); // the pre-rendered page is replaced by the live one
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
