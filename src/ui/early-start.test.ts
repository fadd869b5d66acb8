// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { listenForEarlyStart, takeEarlyStart } from './early-start';

/** A pre-rendered root holding `child`, built with DOM calls. */
function staticRoot(child: HTMLElement): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  root.dataset.prerendered = '';
  root.append(child);
  document.body.append(root);
  return root;
}

function startButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = 'button button--start';
  const label = document.createElement('span');
  label.textContent = 'Start now';
  button.append(label);
  return button;
}

beforeEach(() => document.body.replaceChildren());

describe('early "Start now"', () => {
  it('keeps a press on the pre-rendered button for the live start page, once', () => {
    staticRoot(startButton());
    listenForEarlyStart();
    document.querySelector('span')!.click();
    expect(takeEarlyStart()).toBe(true);
    expect(takeEarlyStart()).toBe(false);
  });

  it('ignores other clicks, and presses once the live app is in place', () => {
    const link = document.createElement('a');
    link.href = '#/groups';
    link.textContent = 'All groups';
    staticRoot(link);
    const live = document.createElement('div');
    const liveButton = startButton();
    live.append(liveButton);
    document.body.append(live);
    listenForEarlyStart();
    link.click();
    liveButton.click();
    expect(takeEarlyStart()).toBe(false);
  });
});

describe('a press recorded by public/early.js', () => {
  it('is honoured once: early.js runs before this bundle and marks <html>', () => {
    document.documentElement.setAttribute('data-start-pressed', '');
    expect(takeEarlyStart()).toBe(true);
    expect(document.documentElement.hasAttribute('data-start-pressed')).toBe(false);
    expect(takeEarlyStart()).toBe(false);
  });
});
