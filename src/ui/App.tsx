/** The whole app: one questionnaire machine that lives across pages, and a page per route. */
import { Suspense, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../machine/flow';
import { Layout } from './layout/Layout';
import { lazyWithPreload } from './lazy-with-preload';
import { clearStoredAnswers } from './layout/leave-page';
import { forgetStoredAnswers, readStoredAnswers, storeAnswers } from './memory/answer-storage';
import { QuizContext } from './quiz/QuizContext';
import { QuizGate } from './QuizGate';
import { useQuizMachine } from './quiz-session';
import { hrefFor, useRoute, type Route } from './routing';
import { ErrorBoundary } from './ErrorBoundary';
import { yieldToPage } from '../platform/yield-to-page';
import { useSettings } from '../settings/SettingsContext';
import { ensureAllStrings } from '../i18n/i18n';

const DirectoryPage = lazyWithPreload(() => import('./pages/DirectoryPage'));
const ProfilePage = lazyWithPreload(() => import('./pages/ProfilePage'));
const InfoPage = lazyWithPreload(() => import('./pages/InfoPage'));
const NotFoundPage = lazyWithPreload(() => import('./NotFoundPage'));


/** For pre-rendered pages: load the page's code before the live app replaces the static HTML. */
export function preloadPage(route: Route | null): Promise<void> {
  if (route?.name === 'directory') return DirectoryPage.preload();
  if (route?.name === 'group') return ProfilePage.preload();
  if (route?.name === 'about' || route?.name === 'privacy' || route?.name === 'accessibility') return InfoPage.preload();
  return Promise.resolve();
}

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

export interface AppProps {
  presetAnswers?: Draft;
  exitUrl?: string;
}

export function App({ presetAnswers, exitUrl: exitUrlProp }: AppProps) {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const { reportUrl, exitUrl: clinicExitUrl } = useSettings().settings;
  const [state, send] = useQuizMachine(initialInput(presetAnswers)); // XState loads on the first event (quiz-session.ts)
  const { answers, remember } = state.context;

  // Answers reach storage only while "Remember my answers" is ticked; unticking or forgetting removes them.
  useEffect(() => {
    if (remember) storeAnswers(answers);
    else forgetStoredAnswers();
  }, [answers, remember]);

  // A shared link opens its results, then the answers leave the address bar (shared devices).
  useEffect(() => {
    if (route.name !== 'shared') return;
    void (async () => {
      await yieldToPage(); // not in the task that runs the first screen's effects
      // Its code and the results' strings in parallel: the results page never shows raw keys.
      const [{ openSharedLink }] = await Promise.all([import('./open-shared-link'), ensureAllStrings()]);
      await openSharedLink(route.encoded, send, i18n);
    })();
  }, [route, send, i18n]);

  const onExit = useCallback(() => {
    send({ type: 'quiz.restart' });
    clearStoredAnswers();
  }, [send]);

  return (
    <QuizContext.Provider value={{ state, send }}>
      <Layout exitUrl={exitUrlProp ?? clinicExitUrl ?? DEFAULT_EXIT_URL} onExit={onExit}>
        {/* Inside the layout: when a page fails, the header with "Exit this page" stays. */}
        <ErrorBoundary remembered={remember} key={pageKey(route)}>
          <Suspense fallback={<p role="status" className="loading-state">{t('app.loading')}</p>}>{page(route, reportUrl)}</Suspense>
        </ErrorBoundary>
      </Layout>
    </QuizContext.Provider>
  );
}

/**
 * A new page starts with a fresh error boundary. A share link and the questionnaire are one page
 * (both show QuizGate): the link's address giving way to the questionnaire's rebuilds nothing.
 */
function pageKey(route: Route): string {
  return hrefFor(route.name === 'shared' ? { name: 'quiz' } : route);
}

/** Answers remembered on this device win over a clinic's presets: they are the person's own. */
function initialInput(presetAnswers: Draft | undefined) {
  const stored = readStoredAnswers();
  return stored ? { answers: stored, remember: true } : { answers: presetAnswers ?? {} };
}

function page(route: Route, reportUrl: string | undefined) {
  switch (route.name) {
    case 'directory':
      return <DirectoryPage />;
    case 'group':
      return <ProfilePage id={route.id} />;
    case 'about':
    case 'privacy':
    case 'accessibility':
      return <InfoPage page={route.name} reportUrl={reportUrl} />;
    case 'notFound':
      return <NotFoundPage />;
    default:
      return <QuizGate />;
  }
}
