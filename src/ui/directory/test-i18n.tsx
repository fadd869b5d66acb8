/**
 * Test helper: the app's real i18next set-up (the real locale files, loaded the way the
 * app loads them), so component tests read the same words a person would.
 */
import type { ReactNode } from 'react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { render } from '@testing-library/react';
import { ensureAllStrings, initI18n, switchLanguage } from '../../i18n/i18n';
import { loadLanguageContent } from '../content/useLanguageContent';

export async function setUpI18n(language = 'en') {
  if (!i18next.isInitialized) await initI18n(language);
  await ensureAllStrings(language);
  await switchLanguage(language);
}

export function renderWithI18n(ui: ReactNode) {
  return render(<I18nextProvider i18n={i18next}>{ui}</I18nextProvider>);
}

export async function catalogueFor(language = 'en') {
  return (await loadLanguageContent(language)).catalogue;
}
