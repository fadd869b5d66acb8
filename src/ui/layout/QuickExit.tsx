/**
 * "Exit this page" (modelled on GOV.UK's): a button on every screen, and Shift pressed
 * three times. It wipes the app's state and replaces the page, so Back does not return.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leavePage, trackHistory } from './leave-page';

const PRESSES = 3;
const WINDOW_MS = 2000;

export function QuickExit({ exitUrl, onExit }: { exitUrl: string; onExit: () => void }) {
  const { t } = useTranslation();
  const presses = useRef<number[]>([]);
  const [count, setCount] = useState(0);

  useEffect(() => trackHistory(), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || event.repeat) {
        if (event.key !== 'Shift') presses.current = [];
        return;
      }
      const now = Date.now();
      presses.current = [...presses.current.filter((time) => now - time < WINDOW_MS), now];
      setCount(presses.current.length);
      if (presses.current.length >= PRESSES) {
        presses.current = [];
        onExit();
        leavePage(exitUrl);
      }
    };
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, [exitUrl, onExit]);

  return (
    <div className="quick-exit">
      <a
        href={exitUrl}
        className="button button--warning quick-exit__button"
        rel="noopener noreferrer"
        onClick={(event) => {
          event.preventDefault();
          onExit();
          leavePage(exitUrl);
        }}
      >
        {t('exit.button')}
      </a>
      <span className="visually-hidden" aria-live="polite">
        {count > 0 && count < PRESSES ? t('exit.shortcutAnnounce', { count }) : ''}
      </span>
    </div>
  );
}
