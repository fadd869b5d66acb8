/**
 * Leaves for a neutral page so that Back does not return to Pathways.
 *
 * location.replace swaps only the current history entry; entries the app added before it
 * (#/about, each question once questions get their own entries) would still be one Back
 * away. So the app keeps count: trackHistory() stamps every entry of this document with its
 * depth (0 = the entry Pathways was opened on), whoever adds it (links to #/…, or pushState
 * from any part of the app). On exit, history.go(-depth) returns to entry 0 first, and that
 * entry is replaced by the neutral page. Back from there goes to whatever came before Pathways.
 *
 * Limits (EMBEDDING.md "Quick exit"): the browser still lists the later entries as Forward;
 * pages opened as separate files before the live app took over (directory.html → a group's
 * .html with JavaScript still loading) are their own documents and stay; and no script can
 * clear the browser's own history list, only what Back does.
 *
 * Inside an embed, asks the host page's loader to leave the whole page (see public/embed.js);
 * if no loader answers, tries the top window directly (allowed after a click or key press).
 */

const STORAGE_PREFIX = 'pathways.';
const DEPTH_KEY = 'pathwaysDepth';
/** How long to wait for the embed loader before leaving by ourselves. */
const FALLBACK_MS = 400;
/** How long history.go() may take before we leave anyway. */
const BACK_MS = 1000;

export function clearStoredAnswers(): void {
  for (const store of [localStorage, sessionStorage]) {
    try {
      for (const key of Object.keys(store)) if (key.startsWith(STORAGE_PREFIX)) store.removeItem(key);
    } catch {
      // Storage can be blocked (private modes, sandboxed frames): there is then nothing to clear.
    }
  }
}

let depth = 0;
let tracking = false;

function depthOf(state: unknown): number | null {
  if (typeof state !== 'object' || state === null) return null;
  const value = (state as Record<string, unknown>)[DEPTH_KEY];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** The state with our depth added; a state that is not a plain object cannot carry it (memory only then). */
function stamped(state: unknown, at: number): unknown {
  if (state === null || state === undefined) return { [DEPTH_KEY]: at };
  if (typeof state === 'object' && Object.getPrototypeOf(state) === Object.prototype) return { ...(state as object), [DEPTH_KEY]: at };
  return state;
}

/** How many entries of this document lie between the current one and the one Pathways was opened on. */
export const historyDepth = (): number => depth;

/** Starts counting history entries (idempotent). Called by the app as it starts (QuickExit). */
export function trackHistory(win: Window = window): void {
  if (tracking) return;
  tracking = true;
  const history = win.history;
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  depth = depthOf(history.state) ?? 0;
  replace(stamped(history.state, depth), '');
  history.pushState = (state: unknown, unused: string, url?: string | URL | null) => {
    depth += 1;
    push(stamped(state, depth), unused, url);
  };
  history.replaceState = (state: unknown, unused: string, url?: string | URL | null) => replace(stamped(state, depth), unused, url);
  // A link to #/… adds an entry with no state: it is one deeper than where we were.
  // Back and Forward land on stamped entries: their stamp says where we are.
  const onNavigate = () => {
    const known = depthOf(history.state);
    if (known !== null) depth = known;
    else {
      depth += 1;
      replace(stamped(history.state, depth), '');
    }
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
}

/** Back to the entry Pathways was opened on, so that the next navigation replaces it. */
function backToFirstEntry(win: Window): Promise<void> {
  const steps = depth;
  if (steps <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      win.removeEventListener('popstate', done);
      resolve();
    };
    const timer = setTimeout(done, BACK_MS);
    win.addEventListener('popstate', done);
    win.history.go(-steps);
  });
}

let leaving = false;

export function leavePage(url: string, win: Window = window): void {
  clearStoredAnswers();
  win.document.body.hidden = true; // hide the answers at once, before the next page arrives
  if (leaving) return; // a second press while the first is on its way
  leaving = true;
  setTimeout(() => (leaving = false), 3000); // if leaving was blocked, a later press tries again
  void backToFirstEntry(win).then(() => leaveNow(url, win));
}

function leaveNow(url: string, win: Window): void {
  if (win.top !== win.self) {
    // Our loader (public/embed.js) leaves the whole host page. Without a loader (a plain iframe),
    // nothing answers, so after a moment try the top window, then at least leave this frame.
    win.parent.postMessage({ type: 'pathways:exit', url }, '*');
    setTimeout(() => {
      try {
        win.top!.location.replace(url);
      } catch {
        win.location.replace(url);
      }
    }, FALLBACK_MS);
    return;
  }
  win.location.replace(url);
}
