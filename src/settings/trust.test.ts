// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootSettings } from './boot';
import { HELLO_MESSAGE, READY_MESSAGE, verifyParent } from './embed-bridge';
import { fetchSameOriginJson, isJsonType } from './fetch-json';
import { splitClinic } from './trust';

afterEach(() => vi.restoreAllMocks());
const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});
const SPOOF = '?contactName=Crisis%20team&contactPhone=0900%20123&exitUrl=https://evil.example/&offered=smart-recovery:x&lang=es&accent=%23005eb8';

describe('trust: which settings a source may set', () => {
  it('splits the open settings from the clinic-only ones (new settings are clinic-only by default)', () => {
    const { open, clinic } = splitClinic({ lang: 'es', theme: { mode: 'dark' }, exitUrl: 'https://a.example/', contactLine: { name: 'A' } });
    expect(open).toEqual({ lang: 'es', theme: { mode: 'dark' } });
    expect(clinic).toEqual({ exitUrl: 'https://a.example/', contactLine: { name: 'A' } });
  });

  it('a plain top-level link keeps the language and colours, and names what it did not use', async () => {
    quiet();
    const booted = bootSettings(SPOOF, { root: document.createElement('html') });
    expect(booted.settings).toEqual({ lang: 'es', theme: { accent: '#005eb8' } });
    const outcome = await booted.trust;
    expect(outcome.clinic).toEqual({});
    expect(outcome.ignored.sort()).toEqual(['contactLine', 'exitUrl', 'offeredHere']);
  });

  it('a preview link shows clinic text marked as preview, but never changes where Exit goes', async () => {
    quiet();
    const outcome = await bootSettings(`${SPOOF}&preview=1`, { root: document.createElement('html') }).trust;
    expect(outcome.clinic.contactLine).toEqual({ name: 'Crisis team', phone: '0900 123' });
    expect(outcome.clinic.exitUrl).toBeUndefined();
    expect(outcome.sources.contactLine).toEqual({ kind: 'preview' });
  });

  it('the settings file applies with this site as its source; the address’s open settings win over it', async () => {
    quiet();
    const file = { raw: { lang: 'en', contactLine: { name: 'Riverside' } }, url: 'x', warnings: [] };
    const booted = bootSettings('?lang=es', { root: document.createElement('html'), file });
    expect(booted.settings.lang).toBe('es');
    const outcome = await booted.trust;
    expect(outcome.clinic.contactLine).toEqual({ name: 'Riverside' });
    expect(outcome.sources.contactLine).toEqual({ kind: 'file', origin: location.origin });
  });
});

/** A framed window whose parent answers READY with HELLO from `answerFrom` (or not at all). */
function framed(parentOrigin: string, answerFrom: string | null, ancestor?: string) {
  const target = new EventTarget();
  const parent = {
    postMessage: vi.fn((message: { type: string }) => {
      if (message.type !== READY_MESSAGE || !answerFrom) return;
      setTimeout(() => target.dispatchEvent(Object.assign(new MessageEvent('message', { data: { type: HELLO_MESSAGE }, origin: answerFrom }), {})), 5);
    }),
  };
  const win = {
    parent,
    top: parent,
    self: null as unknown,
    location: { ancestorOrigins: ancestor ? [ancestor] : undefined, origin: 'https://pathways.example' },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  };
  win.self = win;
  // MessageEvent.source cannot be set through the constructor here: patch it to the parent.
  const dispatch = target.dispatchEvent.bind(target);
  target.dispatchEvent = (event: Event) => {
    Object.defineProperty(event, 'source', { value: parent });
    return dispatch(event);
  };
  return win as unknown as Window;
}

describe('verifyParent', () => {
  const HOST = 'https://clinic.example';
  it('resolves with the origin when the loader answers from it', async () => {
    expect(await verifyParent({ win: framed(HOST, HOST), parentOrigin: HOST, timeoutMs: 200 })).toBe(HOST);
  });
  it('resolves null when nobody answers, or the answer comes from elsewhere, or the browser names another parent', async () => {
    expect(await verifyParent({ win: framed(HOST, null), parentOrigin: HOST, timeoutMs: 50 })).toBeNull();
    expect(await verifyParent({ win: framed(HOST, 'https://evil.example'), parentOrigin: HOST, timeoutMs: 50 })).toBeNull();
    expect(await verifyParent({ win: framed(HOST, HOST, 'https://evil.example'), parentOrigin: HOST, timeoutMs: 50 })).toBeNull();
    expect(await verifyParent({ win: framed(HOST, HOST), parentOrigin: null, timeoutMs: 50 })).toBeNull();
  });
});

describe('fetchSameOriginJson', () => {
  const BASE = 'https://pathways.example/app/';
  const respond = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string>, status = 200) =>
    vi.fn(async () => new Response(body, { status, headers }));

  it('reads JSON served as JSON', async () => {
    const result = await fetchSameOriginJson('a.json', { base: BASE, maxBytes: 100, fetchFile: respond('{"a":1}', { 'Content-Type': 'application/json', 'Content-Length': '7' }) });
    expect(result).toEqual({ ok: true, data: { a: 1 }, url: `${BASE}a.json` });
  });

  it('refuses another site, a type that is not JSON, and a declared size over the limit, before reading the body', async () => {
    const never = vi.fn();
    expect(await fetchSameOriginJson('https://evil.example/a.json', { base: BASE, maxBytes: 100, fetchFile: never })).toMatchObject({ ok: false, why: expect.stringMatching(/not on the same site/) });
    expect(never).not.toHaveBeenCalled();
    const html = await fetchSameOriginJson('a.json', { base: BASE, maxBytes: 100, fetchFile: respond('<html>', { 'Content-Type': 'text/html' }) });
    expect(html).toMatchObject({ ok: false, why: expect.stringMatching(/not served as JSON \(Content-Type: text\/html/) });
    const big = await fetchSameOriginJson('a.json', { base: BASE, maxBytes: 100, fetchFile: respond('{}', { 'Content-Type': 'application/json', 'Content-Length': '5000000' }) });
    expect(big).toMatchObject({ ok: false, why: expect.stringMatching(/larger than 0.1 kB \(5000 kB\)/) });
  });

  it('stops reading an undeclared body at the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64).fill(32));
      },
    });
    const result = await fetchSameOriginJson('a.json', { base: BASE, maxBytes: 1000, fetchFile: respond(endless, { 'Content-Type': 'application/json' }) });
    expect(result).toMatchObject({ ok: false, why: expect.stringMatching(/larger than 1 kB/) });
    expect(pulled).toBeLessThan(30);
  });

  it('knows the JSON types', () => {
    expect(['application/json', 'application/json; charset=utf-8', 'application/geo+json'].every(isJsonType)).toBe(true);
    expect(['text/html', 'text/json', null, 'application/jsonx'].some(isJsonType)).toBe(false);
  });
});

describe('many problems, summarised', () => {
  it('10,000 bad entries print 20 warnings and one count, not 10,000 lines', async () => {
    const { reportWarnings } = await import('./boot');
    const log = vi.fn();
    reportWarnings(Array.from({ length: 10_000 }, (_, i) => `entry ${i} skipped`), log);
    expect(log).toHaveBeenCalledTimes(21);
    expect(log.mock.calls.at(-1)![0]).toMatch(/… and 9980 more problems like these/);
  });

  it('the local-groups file is refused when it is not served as JSON, before it is read', async () => {
    const { loadLocalGroups } = await import('./local-groups');
    const page = vi.fn(async () => new Response('<!doctype html><p>Not found</p>', { headers: { 'Content-Type': 'text/html' } }));
    const result = await loadLocalGroups('groups.json', 'https://pathways.example/', page);
    expect(result).toEqual({ groups: [], warnings: [expect.stringMatching(/not served as JSON \(Content-Type: text\/html; expected application\/json\); no local groups shown/)] });
  });
});
