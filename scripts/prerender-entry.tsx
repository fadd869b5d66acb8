/**
 * Build-time only: renders the start page, the A–Z directory and every group's profile
 * to HTML with React's server renderer, inside the same Layout the live app uses.
 * Loaded by scripts/vite-plugin-prerender.ts through Vite, so virtual content modules,
 * JSON and CSS imports resolve exactly as in the app. Nothing here runs in a browser.
 */
import { Suspense, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { createInstance, type i18n as I18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createActor } from 'xstate';
import loaders from 'virtual:pathways/content-loaders';
import { loadSources } from '../src/ui/content/sources';
import type { LanguageContent, LocalizedProfile } from '../src/content/types';
import { quizMachine } from '../src/machine/quiz-machine';
import { DEFAULT_EXIT_URL } from '../src/ui/App';
import { Directory } from '../src/ui/directory/Directory';
import { groupTitle } from '../src/ui/directory/DirectoryEntry';
import { ProfileView } from '../src/ui/directory/ProfileView';
import { Layout } from '../src/ui/layout/Layout';
import { QuizContext } from '../src/ui/quiz/QuizContext';
import { StartPage } from '../src/ui/quiz/StartPage';
import { InfoArticle, type InfoPageName } from '../src/ui/pages/InfoPage';
import { NoScriptNotice } from '../src/ui/QuizGate';
import { SELECTABLE_LANGUAGES } from '../src/i18n/i18n';
import type { Translation } from './static-html.ts';

/**
 * Pre-rendered pages are in English: the language a first visit without ?lang= most often gets.
 * The start page, where most visits begin, is also written in every other language, and the
 * browser's language picks one before the first paint (scripts/prerendered-language.ts).
 */
const LANGUAGE = 'en';
const strings = import.meta.glob<Record<string, unknown>>('../src/locales/*/*.json', { eager: true, import: 'default' });

export interface StaticPage {
  /** Path inside dist/, e.g. "directory.html" or "groups/al-anon.html". */
  file: string;
  /** Markup for #root. */
  body: string;
  /** Replaces <title>; undefined keeps index.html's. */
  title?: string;
  /** Replaces the meta description; undefined keeps index.html's. */
  description?: string;
  /** Source of the lazily loaded page the live app shows here: its styles are linked up front. */
  view?: string;
  /** The language the markup is written in. */
  lang: string;
  /** The same page in the other languages (the start page only); the plugin adds their preloads. */
  translations?: Omit<Translation, 'preloads'>[];
}

function createI18n(language: string): I18n {
  const own = Object.entries(strings).filter(([path]) => path.split('/')[3] === language);
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: Object.assign({}, ...own.map(([, file]) => file)) as Record<string, unknown> } },
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
    initAsync: false, // resources are in memory: ready before the first render
  });
  return i18n;
}

export async function renderPages(): Promise<StaticPage[]> {
  const { catalogue }: LanguageContent = await loaders[LANGUAGE]!();
  await loadSources(); // profile pages show their sources on the first (static) render
  const i18n = createI18n(LANGUAGE);
  const t = i18n.t.bind(i18n);
  // A fresh, unstarted questionnaire: its first snapshot is the start page.
  const snapshot = createActor(quizMachine(), { input: { answers: {} } }).getSnapshot();
  const noop = () => {};

  // The same element structure as the live app's first render (App: Layout > Suspense > page), so
  // the live app can hydrate the start page in place instead of rebuilding it (src/pwa/adopt-prerendered.ts).
  const render = (page: ReactNode, inLanguage: I18n = i18n) =>
    renderToString(
      <I18nextProvider i18n={inLanguage}>
        <QuizContext.Provider value={{ state: snapshot, send: noop }}>
          <Layout exitUrl={DEFAULT_EXIT_URL} onExit={noop}>
            <Suspense fallback={null}>{page}</Suspense>
          </Layout>
        </QuizContext.Provider>
      </I18nextProvider>,
    );

  const titled = (name: string) => `${name} – ${t('app.name')}`;

  // The notice shows only with JavaScript off: the questions cannot run, the A–Z list can.
  const startPage = (
    <>
      <NoScriptNotice />
      <StartPage />
    </>
  );
  const start: StaticPage = {
    file: 'index.html',
    body: render(startPage),
    lang: LANGUAGE,
    translations: SELECTABLE_LANGUAGES.filter((lang) => lang !== LANGUAGE).map((lang) => {
      const other = createI18n(lang);
      // As the live app's applyDocumentLanguage sets them (src/i18n/i18n.ts).
      return { lang, dir: other.dir(lang), body: render(startPage, other), title: other.t('app.documentTitle') };
    }),
  };

  const directory: StaticPage = {
    file: 'directory.html',
    body: render(<Directory catalogue={catalogue} />),
    title: titled(t('directory.title')),
    view: 'src/ui/pages/DirectoryPage.tsx',
    lang: LANGUAGE,
  };

  const groups = catalogue.map((profile: LocalizedProfile): StaticPage => ({
    file: `groups/${profile.id}.html`,
    body: render(<ProfileView profile={profile} />),
    title: titled(groupTitle(profile)),
    description: profile.summary,
    view: 'src/ui/pages/ProfilePage.tsx',
    lang: LANGUAGE,
  }));

  // The footer's pages, so its links work with JavaScript off too.
  const info = (['about', 'privacy', 'accessibility'] as InfoPageName[]).map((page): StaticPage => ({
    file: `${page}.html`,
    body: render(<InfoArticle page={page} />),
    title: titled(t(`pages.${page}.title`)),
    view: 'src/ui/pages/InfoPage.tsx',
    lang: LANGUAGE,
  }));

  return [start, directory, ...groups, ...info];
}
