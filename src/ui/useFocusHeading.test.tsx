// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setFirstPaint, useFocusHeading } from './useFocusHeading';

function Page({ title }: { title: string }) {
  const ref = useFocusHeading(title);
  return (
    <>
      <h1 tabIndex={-1} ref={ref}>
        {title}
      </h1>
      <button type="button">Elsewhere</button>
    </>
  );
}

/**
 * Focuses "Elsewhere" as soon as the page is on screen: a person pressing Tab before React has
 * run the page's other effects (a transition's passive effects may wait until after the paint).
 */
function PageTabbedIntoAtOnce({ title, tabOn }: { title: string; tabOn: string }) {
  return (
    <>
      <Page title={title} />
      <TabOn title={title} tabOn={tabOn} />
    </>
  );
}
function TabOn({ title, tabOn }: { title: string; tabOn: string }) {
  useLayoutEffect(() => {
    if (title === tabOn) document.querySelector<HTMLButtonElement>('button')?.focus();
  }, [title, tabOn]);
  return null;
}

/** Lets the deferred focus run (after a frame, or its fallback timer where no frame comes). */
const afterPaint = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('useFocusHeading', () => {
  afterEach(() => setFirstPaint(true));

  it('leaves focus alone on the app’s first page, so a person starts at the top', async () => {
    setFirstPaint(true);
    render(<Page title="Start" />);
    await afterPaint();
    expect(screen.getByRole('heading', { name: 'Start' })).not.toHaveFocus();
  });

  it('moves focus to the new page’s heading once it has appeared', async () => {
    setFirstPaint(false);
    const { rerender } = render(<Page title="Question one" />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Question one' })).toHaveFocus());
    rerender(<Page title="Question two" />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Question two' })).toHaveFocus());
  });

  it('does not take focus back from where the person put it before the page was painted', async () => {
    setFirstPaint(false);
    render(<Page title="Question one" />);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await afterPaint();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('keeps focus where a quick keyboard user put it right after the new page appeared', async () => {
    setFirstPaint(false);
    const { rerender } = render(<PageTabbedIntoAtOnce title="Question one" tabOn="Question two" />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Question one' })).toHaveFocus());
    rerender(<PageTabbedIntoAtOnce title="Question two" tabOn="Question two" />);
    await afterPaint();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('starts a new page at the top before it is painted, not at the old page’s scroll position', () => {
    setFirstPaint(false);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const { rerender } = render(<Page title="Question one" />);
    window.dispatchEvent(new Event('scroll')); // the person scrolls down to Continue
    scrollTo.mockClear();
    try {
      rerender(<Page title="Question two" />);
      expect(scrollTo).toHaveBeenCalledWith(0, 0);
    } finally {
      scrollTo.mockRestore();
    }
  });

  it('neither scrolls nor reads the scroll position (a forced layout) when the page has not moved', () => {
    setFirstPaint(false);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const scrollY = vi.fn(() => 0);
    Object.defineProperty(window, 'scrollY', { get: scrollY, configurable: true });
    try {
      const { rerender } = render(<Page title="Question one" />);
      window.dispatchEvent(new Event('scroll'));
      rerender(<Page title="Question two" />);
      scrollTo.mockClear();
      rerender(<Page title="Question three" />);
      expect(scrollTo).not.toHaveBeenCalled();
      expect(scrollY).not.toHaveBeenCalled();
    } finally {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true, writable: true });
      scrollTo.mockRestore();
    }
  });
});
