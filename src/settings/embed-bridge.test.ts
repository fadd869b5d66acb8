// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, HELLO_MESSAGE, parentOriginFrom, startEmbedBridge } from './embed-bridge';

const HOST = 'https://clinic.example';

/** A stand-in for a framed window: its own listeners, a parent that records what it is sent. */
function framedWindow(ancestor?: string) {
  const target = new EventTarget();
  const parent = { postMessage: vi.fn() };
  const win = {
    parent,
    document,
    location: { ancestorOrigins: ancestor ? [ancestor] : undefined },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  };
  return { win: win as unknown as Window, parent, target };
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('parentOriginFrom', () => {
  it('accepts only a bare http(s) origin', () => {
    expect(parentOriginFrom('?parentOrigin=https%3A%2F%2Fclinic.example')).toBe(HOST);
    expect(parentOriginFrom('?parentOrigin=http://localhost:8080')).toBe('http://localhost:8080');
    expect(parentOriginFrom('?parentOrigin=*')).toBeNull();
    expect(parentOriginFrom('?parentOrigin=https://clinic.example/page')).toBeNull();
    expect(parentOriginFrom('?parentOrigin=javascript:alert(1)')).toBeNull();
    expect(parentOriginFrom('?lang=es')).toBeNull();
  });
});

describe('startEmbedBridge', () => {
  it('posts the height to the named origin only (never "*"), and again when it changes', () => {
    const { win, parent, target } = framedWindow(HOST);
    let height = 700;
    stops.push(startEmbedBridge({ win, parentOrigin: HOST, measure: () => height }));
    expect(parent.postMessage).toHaveBeenCalledWith({ type: HEIGHT_MESSAGE, height: 800 }, HOST);
    target.dispatchEvent(new Event('hashchange'));
    expect(parent.postMessage).toHaveBeenCalledTimes(1); // same height: nothing new to say
    height = 1240;
    target.dispatchEvent(new Event('hashchange'));
    expect(parent.postMessage).toHaveBeenLastCalledWith({ type: HEIGHT_MESSAGE, height: 1400 }, HOST);
    expect(parent.postMessage.mock.calls.every(([, origin]) => origin === HOST)).toBe(true);
  });

  it('answers a hello from the parent, and ignores messages from any other origin or window', () => {
    const { win, parent, target } = framedWindow();
    stops.push(startEmbedBridge({ win, parentOrigin: HOST, measure: () => 500 }));
    parent.postMessage.mockClear();
    const hello = { type: HELLO_MESSAGE };
    target.dispatchEvent(new MessageEvent('message', { data: hello, origin: 'https://evil.example', source: parent as unknown as Window }));
    target.dispatchEvent(new MessageEvent('message', { data: hello, origin: HOST, source: null }));
    expect(parent.postMessage).not.toHaveBeenCalled();
    target.dispatchEvent(new MessageEvent('message', { data: hello, origin: HOST, source: parent as unknown as Window }));
    expect(parent.postMessage).toHaveBeenCalledWith({ type: HEIGHT_MESSAGE, height: 600 }, HOST);
  });

  it('refuses to start when the browser says the parent is another origin', () => {
    const { win, parent } = framedWindow('https://other.example');
    const warn = vi.fn();
    stops.push(startEmbedBridge({ win, parentOrigin: HOST, measure: () => 500, warn }));
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/is not the embedding page's origin \(https:\/\/other.example\)/));
  });

  it('does nothing outside a frame', () => {
    const post = vi.spyOn(window, 'postMessage');
    stops.push(startEmbedBridge({ parentOrigin: HOST, measure: () => 1 }));
    expect(post).not.toHaveBeenCalled();
  });

  it('stops listening when stopped', () => {
    const { win, parent, target } = framedWindow(HOST);
    let height = 100;
    startEmbedBridge({ win, parentOrigin: HOST, measure: () => height })();
    height = 200;
    target.dispatchEvent(new Event('hashchange'));
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
  });
});
