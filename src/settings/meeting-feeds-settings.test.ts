// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { FEED_MESSAGE, FEED_REQUEST_MESSAGE, requestFeedFromHost } from './embed-bridge';
import { parseMeetingFeeds, settingsFromSearch } from './from-url';
import { parseSettings } from './parse-settings';

const HOST = 'https://clinic.example';

describe('meetingFeeds in the address', () => {
  it('reads group, path, type codes and time zone, in any order', () => {
    expect(parseMeetingFeeds('alcoholics-anonymous meetings/aa.json AL-AN=al-anon timezone=Europe/London, na.json narcotics-anonymous')).toEqual([
      { group: 'alcoholics-anonymous', url: 'meetings/aa.json', types: { 'AL-AN': 'al-anon' }, timezone: 'Europe/London' },
      { url: 'na.json', group: 'narcotics-anonymous' },
    ]);
  });

  it('keeps the good feeds and names what is wrong with the others', () => {
    const fromUrl = settingsFromSearch(
      `?meetingFeeds=${encodeURIComponent('al-anon a.json, no-such-group b.json, alcoholics-anonymous c.json timezone=Mars/Base, alcoholics-anonymous d.json X=nobody')}`,
    );
    const { settings, warnings } = parseSettings(fromUrl.raw);
    expect(settings.meetingFeeds).toEqual([
      { group: 'al-anon', url: 'a.json' },
      { group: 'alcoholics-anonymous', url: 'c.json' },
      { group: 'alcoholics-anonymous', url: 'd.json' }, // its bad type mapping is dropped, not the feed
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(/^meetingFeeds\[1\]\.group: "no-such-group" ignored; expected a group id/),
      expect.stringMatching(/^meetingFeeds\[2\]\.timezone: "Mars\/Base" ignored; expected a time zone name/),
      expect.stringMatching(/^meetingFeeds\[3\]\.types: an object ignored; .*expected a group id/),
    ]);
  });
});

/** A framed window whose parent records what it is sent. */
function framed() {
  const target = new EventTarget();
  const parent = { postMessage: vi.fn() };
  const win = { parent, addEventListener: target.addEventListener.bind(target), removeEventListener: target.removeEventListener.bind(target) };
  const send = (data: unknown, origin = HOST, source: unknown = parent) => {
    const event = new MessageEvent('message', { data, origin });
    Object.defineProperty(event, 'source', { value: source });
    target.dispatchEvent(event);
  };
  return { win: win as unknown as Window, parent, send };
}

describe('requestFeedFromHost', () => {
  it('asks the named origin only, and takes the answer only from the parent at that origin', async () => {
    const { win, parent, send } = framed();
    const answer = requestFeedFromHost(`${HOST}/meetings/aa.json`, { win, parentOrigin: HOST });
    expect(parent.postMessage).toHaveBeenCalledWith({ type: FEED_REQUEST_MESSAGE, url: `${HOST}/meetings/aa.json` }, HOST);
    send({ type: FEED_MESSAGE, url: `${HOST}/meetings/aa.json`, text: '[]' }, 'https://evil.example'); // wrong origin
    send({ type: FEED_MESSAGE, url: `${HOST}/meetings/aa.json`, text: '[]' }, HOST, {}); // not the parent
    send({ type: FEED_MESSAGE, url: `${HOST}/other.json`, text: '[]' }); // another feed
    send({ type: FEED_MESSAGE, url: `${HOST}/meetings/aa.json`, text: '[{"name":"x"}]' });
    await expect(answer).resolves.toEqual({ text: '[{"name":"x"}]' });
  });

  it('passes the loader’s error on, and gives up when no loader answers', async () => {
    const { win, send } = framed();
    const failed = requestFeedFromHost(`${HOST}/a.json`, { win, parentOrigin: HOST });
    send({ type: FEED_MESSAGE, url: `${HOST}/a.json`, error: 'answered 404' });
    await expect(failed).resolves.toEqual({ error: 'answered 404' });
    await expect(requestFeedFromHost(`${HOST}/b.json`, { win, parentOrigin: HOST, timeoutMs: 10 })).resolves.toEqual({
      error: expect.stringMatching(/no answer from the Pathways loader on https:\/\/clinic\.example/),
    });
  });
});
