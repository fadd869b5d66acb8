/**
 * Leaves for a neutral page with location.replace, so the Back button cannot return here.
 * Inside an embed, asks the host page's loader to leave the whole page (see public/embed.js);
 * if no loader answers, tries the top window directly (allowed after a click or key press).
 */
import { unwindQuizHistory } from '../quiz/quiz-history';

const STORAGE_PREFIX = 'pathways.';
/** How long to wait for the embed loader before leaving by ourselves. */
const FALLBACK_MS = 400;

export function clearStoredAnswers(): void {
  for (const store of [localStorage, sessionStorage]) {
    try {
      for (const key of Object.keys(store)) if (key.startsWith(STORAGE_PREFIX)) store.removeItem(key);
    } catch {
      // Storage can be blocked (private modes, sandboxed frames): there is then nothing to clear.
    }
  }
}

export function leavePage(url: string): void {
  clearStoredAnswers();
  document.body.hidden = true; // hide the answers at once, before the next page arrives
  if (window.top !== window.self) {
    // Our loader (public/embed.js) leaves the whole host page. Without a loader (a plain iframe),
    // nothing answers, so after a moment try the top window, then at least leave this frame.
    window.parent.postMessage({ type: 'pathways:exit', url }, '*');
    setTimeout(() => {
      try {
        window.top!.location.replace(url);
      } catch {
        window.location.replace(url);
      }
    }, FALLBACK_MS);
    return;
  }
  // The questions add Back/Forward entries: step back over them first, so none stays behind the exit page.
  unwindQuizHistory(() => window.location.replace(url));
}
