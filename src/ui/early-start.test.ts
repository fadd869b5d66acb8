// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { listenForEarlyStart, takeEarlyStart } from './early-start';

describe('early "Start now"', () => {
  it('keeps a press on the pre-rendered button for the live start page, once', () => {
    document.body.innerHTML = '<div id="root" data-prerendered><button class="button button--start"><span>Start now</span></button></div>';
    listenForEarlyStart();
    document.querySelector('span')!.click();
    expect(takeEarlyStart()).toBe(true);
    expect(takeEarlyStart()).toBe(false);
  });

  it('ignores other clicks, and presses once the live app is in place', () => {
    document.body.innerHTML = '<div id="root" data-prerendered><a href="#/groups">All groups</a></div><div id="live"><button class="button--start">Start now</button></div>';
    listenForEarlyStart();
    document.querySelector('a')!.click();
    document.querySelector('#live button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(takeEarlyStart()).toBe(false);
  });
});
