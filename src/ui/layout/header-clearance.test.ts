// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackHeaderHeight } from './header-clearance';

describe('trackHeaderHeight', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sets --header-height to the header’s height whenever it changes, and removes it when stopped', () => {
    let report: ResizeObserverCallback = () => {};
    const observed: Element[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          report = callback;
        }
        observe(el: Element) {
          observed.push(el);
        }
        disconnect() {}
      },
    );
    const header = document.createElement('header');
    const root = document.createElement('div');
    const stop = trackHeaderHeight(header, root);
    expect(observed).toEqual([header]);
    report([{ borderBoxSize: [{ blockSize: 127.4 }] } as never], {} as never);
    expect(root.style.getPropertyValue('--header-height')).toBe('128px');
    report([{ borderBoxSize: [{ blockSize: 162 }] } as never], {} as never);
    expect(root.style.getPropertyValue('--header-height')).toBe('162px');
    stop();
    expect(root.style.getPropertyValue('--header-height')).toBe('');
  });

  it('does nothing where the browser has no ResizeObserver (the fixed padding stays)', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const root = document.createElement('div');
    trackHeaderHeight(document.createElement('header'), root)();
    expect(root.style.getPropertyValue('--header-height')).toBe('');
  });
});
