/**
 * Lays out the person's first card once, out of sight, before the results are shown, then throws
 * it away (issue 13).
 *
 * The first results card a page lays out costs far more than the next: the browser parses the
 * results' style rules on first match, opens the font faces the card uses and fills its
 * text-shaping caches. Traced on a share link, the results' first frame took 13–18 ms of CPU in a
 * fresh page and 5–7 ms the second time (×4 on a slow phone: over 50 ms, and well under). Paid
 * here, in a frame of its own while the results load, it is no longer paid in the frame that shows
 * them. The card is the real one (the same components and the same answers), so what is warmed is
 * what the results use.
 */
import { startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterNextPaint } from '../../platform/after-next-paint';
import { useTranslation } from 'react-i18next';
import type { LanguageContent } from '../../content/types';
import type { Answers } from '../../engine/answers';
import type { CompareChoice } from './CompareCheckbox';
import { GroupList, shownGroups } from './GroupList';
import { useResults } from './useResults';

const NOTHING_COMPARED: CompareChoice = { checked: false, blocked: false, count: 0, onToggle: () => {}, onShow: () => {} };

interface FirstCardProps {
  answers: Answers;
  content: LanguageContent;
  onCommit: () => void;
}

/** The results' heading and top list as ResultsPage builds them, with the first card only. */
function FirstCard({ answers, content, onCommit }: FirstCardProps) {
  const { t } = useTranslation();
  const results = useResults(answers, content);
  useLayoutEffect(onCommit, [onCommit]);
  const first = results && shownGroups(results.recommendation.forYou, results.profiles)[0];
  if (!results || !first) return null;
  return (
    <div className="results">
      <div className="results-screen">
        <h1 className="heading-l">{t('results.title.me')}</h1>
        <GroupList
          list="forYou"
          title={t('results.lists.me')}
          groups={[first.group]}
          profiles={results.profiles}
          region={answers.region}
          say={results.say}
          compareChoice={() => NOTHING_COMPARED}
          lead
        />
      </div>
    </div>
  );
}

/** Resolves when `start` calls back, or after a second at most. */
function settled(start: (done: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    start(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

let rehearsal: Promise<void> | undefined;

/**
 * Once a page: what it warms is warmed for good. The check page starts it in idle time and the
 * results wait for it before they mount; a second caller gets the rehearsal already under way, so
 * the real results never appear while its hidden card (with controls in it) is still there.
 */
export function rehearseFirstCard(answers: Answers, content: LanguageContent): Promise<void> {
  return (rehearsal ??= rehearse(answers, content));
}

/** For tests: the next call rehearses again. */
export function forgetRehearsal(): void {
  rehearsal = undefined;
}

async function rehearse(answers: Answers, content: LanguageContent): Promise<void> {
  if (typeof document === 'undefined') return;
  const host = document.createElement('div');
  // Out of the flow and of sight (results.css): laid out like the real list, seen and heard by nobody.
  // `inert` as well as aria-hidden: the card's buttons and links are real, and without it a Tab (or
  // an axe scan) could reach them while the check page is open. Neither changes the styles the card
  // matches, which is what is warmed; `visibility: hidden` or `display: none` would.
  host.className = 'width-container results-rehearsal';
  host.setAttribute('aria-hidden', 'true');
  host.setAttribute('inert', '');
  document.body.append(host);
  let failed = () => {};
  // A card that fails here fails in the results too, where the page's error boundary explains it.
  const root = createRoot(host, { onUncaughtError: () => failed() });
  try {
    // Built in a transition: React works on it in short slices, so building it is no long task either.
    await settled((done) => {
      failed = done;
      startTransition(() => root.render(<FirstCard answers={answers} content={content} onCommit={done} />));
    });
    await new Promise<void>((painted) => afterNextPaint(painted));
  } finally {
    root.unmount();
    host.remove();
  }
}
