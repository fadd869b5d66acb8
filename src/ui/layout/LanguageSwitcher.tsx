/** A visible switch on every screen. Switching keeps the person's place and answers. */
import { useTranslation } from 'react-i18next';
import { applyDocumentLanguage, SELECTABLE_LANGUAGES, switchLanguage } from '../../i18n/i18n';

/** Each language is named in itself, so a person can find their own. */
const NATIVE_NAMES: Record<string, string> = { en: 'English', es: 'Español' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  if (SELECTABLE_LANGUAGES.length < 2) return null;
  return (
    <nav className="language-switcher" aria-label={t('app.languageLabel')}>
      <ul>
        {SELECTABLE_LANGUAGES.map((lang) => {
          const current = i18n.language === lang;
          return (
            <li key={lang}>
              <button
                type="button"
                lang={lang}
                aria-current={current ? 'true' : undefined}
                className={`language-switcher__option${current ? ' language-switcher__option--current' : ''}`}
                onClick={async () => {
                  await switchLanguage(lang);
                  applyDocumentLanguage(lang);
                  const url = new URL(location.href);
                  url.searchParams.set('lang', lang);
                  history.replaceState(history.state, '', url);
                }}
              >
                {Object.hasOwn(NATIVE_NAMES, lang) ? NATIVE_NAMES[lang] : lang}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
