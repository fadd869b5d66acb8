/** A real i18next instance with every string of a language, for component tests. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { import: 'default', eager: true });

export function stringsFor(language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [path, strings] of Object.entries(files)) {
    if (path.split('/')[2] === language) Object.assign(merged, strings);
  }
  return merged;
}

/** Sets up the app's global i18next (the one the components use) with all strings loaded. */
export async function setUpTestI18n(language = 'en'): Promise<i18n> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({ lng: language, resources: {}, interpolation: { escapeValue: false }, react: { useSuspense: false } });
  }
  for (const lang of ['en', 'es']) i18next.addResourceBundle(lang, 'translation', stringsFor(lang), true, true);
  await i18next.changeLanguage(language);
  return i18next;
}
