// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { historyDepth, leavePage, trackHistory } from './leave-page';

describe('history depth for the quick exit', () => {
  it('counts entries added by links and by pushState, follows Back, and keeps other states intact', async () => {
    trackHistory();
    trackHistory(); // idempotent (React runs effects twice in development)
    expect(historyDepth()).toBe(0);
    location.hash = '#/about'; // a new entry with no state; the browser then fires popstate/hashchange
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(historyDepth()).toBe(1);
    expect(history.state).toEqual({ pathwaysDepth: 1 });
    history.pushState({ step: 'concerns' }, '', '#/');
    expect(historyDepth()).toBe(2);
    expect(history.state).toEqual({ step: 'concerns', pathwaysDepth: 2 });
    history.replaceState({ step: 'goal' }, '');
    expect(history.state).toEqual({ step: 'goal', pathwaysDepth: 2 });
    // Back to a stamped entry: its stamp says where we are.
    history.back();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(historyDepth()).toBe(1);
    expect(location.hash).toBe('#/about');
  });

  it('on exit, goes back to the first entry before replacing it, and hides the page at once', async () => {
    vi.useFakeTimers();
    const go = vi.fn();
    const replace = vi.fn();
    const win = {
      top: null as unknown,
      self: null as unknown,
      document: { body: { hidden: false } },
      history: { go },
      location: { replace },
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    win.top = win.self = win;
    leavePage('https://exit.example/', win as unknown as Window);
    expect(win.document.body.hidden).toBe(true);
    expect(go).toHaveBeenCalledWith(-historyDepth());
    expect(replace).not.toHaveBeenCalled(); // not before Back has arrived (or the wait is over)
    await vi.advanceTimersByTimeAsync(1000);
    expect(replace).toHaveBeenCalledWith('https://exit.example/');
    vi.useRealTimers();
  });
});
