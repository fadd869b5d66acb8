/**
 * Browser Back and Forward for the questionnaire. The machine decides which page shows; this
 * only mirrors its page in the address (#/question/goal, #/check, #/results) and, when the
 * person presses Back or Forward or reloads, asks the machine for the page in the address.
 * The machine may refuse (a page this path does not ask, or answers that were not kept):
 * then the address is put back to the page the machine shows. Answers never go in the URL.
 */
import { useEffect, useRef, useState } from 'react';
import { STEP_IDS, type StepId } from '../../machine/flow';
import type { QuizEvent, View } from '../../machine/quiz-machine';
import { SHARE_PREFIX } from '../../share/share-prefix';

const QUESTION = '#/question/';
export function hashFor(view: View): string {
  if (view === 'start') return '#/';
  if (view === 'check' || view === 'results') return `#/${view}`;
  return `${QUESTION}${view}`;
}

/** The quiz page an address points to, or null for any other page (directory, about, a share link). */
export function viewFromHash(hash: string): View | null {
  if (hash === '' || hash === '#' || hash === '#/') return 'start';
  if (hash === '#/check') return 'check';
  if (hash === '#/results') return 'results';
  if (hash.startsWith(QUESTION)) {
    const id = hash.slice(QUESTION.length);
    return (STEP_IDS as string[]).includes(id) ? (id as StepId) : null;
  }
  return null;
}

export function viewOf(value: unknown): View {
  return typeof value === 'string' ? (value as View) : 'start';
}

/**
 * `revision` is the machine's snapshot: a new one means the machine has answered a request
 * (even when it stays on the same page, e.g. "answers not kept" on the start page).
 */
export function useQuizHistory(view: View, revision: unknown, send: (event: QuizEvent) => void): void {
  /** A Back/Forward or reload asked the machine for a page: the next address change replaces, never adds. */
  const asked = useRef(false);
  /** The snapshot a reload's request was sent from, until the machine has answered it. */
  const restoringFrom = useRef<unknown>(undefined);
  /** Bumped on Back/Forward, so a refused request still puts the address right. */
  const [requests, setRequests] = useState(0);
  /** The page the address showed before this one, so results opened from a shared link replace its entry. */
  const previous = useRef<View | null>(null);

  // On arrival (a reload, or coming back from another page of the site): the address may name a quiz page.
  useEffect(() => {
    const wanted = viewFromHash(location.hash);
    // The start page is never a page to restore: the machine begins there, and a shared link that
    // has just been read (its address already reset to #/) must not be sent back to it.
    if (wanted === null || wanted === 'start' || wanted === view || location.hash === '') return;
    restoringFrom.current = revision;
    asked.current = true;
    send({ type: 'nav.restore', view: wanted });
    // Only on arrival: later changes come from the machine or from popstate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onPop = () => {
      const wanted = viewFromHash(location.hash);
      if (wanted === null) return;
      asked.current = true;
      send({ type: 'nav.to', view: wanted });
      setRequests((n) => n + 1);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [send]);

  useEffect(() => {
    // A share link is read and cleared by App; its results then take the link's place.
    if (location.hash.startsWith(SHARE_PREFIX)) return;
    if (restoringFrom.current !== undefined && restoringFrom.current === revision) return; // not answered yet
    restoringFrom.current = undefined;
    const target = hashFor(view);
    const shown = viewFromHash(location.hash);
    const replace = asked.current || previous.current === null || (view === 'results' && previous.current === 'start');
    asked.current = false;
    const wasView = previous.current;
    previous.current = view;
    if (shown === view) return;
    const url = `${location.pathname}${location.search}${target}`;
    const state = history.state as Record<string, unknown> | null;
    if (replace) {
      history.replaceState(state, '', url);
      return;
    }
    // Quick exit counts these entries itself (src/ui/layout/leave-page.ts stamps every one).
    // Back from the results always leads to the check page, even when "See my groups now" skipped it.
    if (view === 'results' && wasView !== 'check') {
      history.pushState(state, '', `${location.pathname}${location.search}${hashFor('check')}`);
    }
    history.pushState(state, '', url);
  }, [view, revision, requests]);
}
