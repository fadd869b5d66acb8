import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadLocalGroups, LOCAL_GROUPS_DEPRECATED, parseLocalGroups } from './local-groups';

const example = JSON.parse(readFileSync(new URL('../../examples/local-groups.json', import.meta.url), 'utf8')) as unknown;
const APP = 'https://pathways.example/app/index.html?lang=es';

const answer = (body: string, status = 200) =>
  vi.fn<typeof fetch>(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));

describe('parseLocalGroups', () => {
  it('accepts the documented example file as it is', () => {
    const { groups, warnings } = parseLocalGroups(example);
    expect(warnings).toEqual([]);
    expect(groups.map((g) => g.profile)).toEqual(['smart-recovery', 'smart-recovery', 'al-anon', 'narcotics-anonymous']);
  });

  it('skips each invalid entry with a warning naming its index and field, and keeps the rest', () => {
    const { groups, warnings } = parseLocalGroups({
      groups: [
        { profile: 'smart-recovery', name: 'Good one' },
        { profile: 'made-up', name: 'Bad id' },
        { profile: 'al-anon' },
        { profile: 'al-anon', name: 'Bad link', url: 'http://insecure.example' },
        { profile: 'al-anon', name: 'Bad format', format: 'carrier pigeon' },
        'not an object',
        { profile: 'lifering', name: 'Extra field', colour: 'red' },
      ],
    });
    expect(groups.map((g) => g.name)).toEqual(['Good one', 'Extra field']);
    expect(warnings).toEqual([
      expect.stringMatching(/^local groups: entry 1 skipped: field "profile" is "made-up"; expected a group id/),
      expect.stringMatching(/^local groups: entry 2 skipped: field "name" is missing; expected plain text/),
      expect.stringMatching(/^local groups: entry 3 skipped: field "url" is "http:\/\/insecure.example"; expected an https:\/\/ address/),
      expect.stringMatching(/^local groups: entry 4 skipped: field "format" is "carrier pigeon"; expected one of "in-person"/),
      'local groups: entry 5 skipped: expected an object, got "not an object"',
      expect.stringMatching(/^local groups: entry 6, field "colour": not a local-group field; ignored/),
    ]);
  });

  it.each([[[]], [{}], [{ groups: 'none' }], [null]])('refuses a file without a groups list (%j)', (data) => {
    expect(parseLocalGroups(data)).toEqual({ groups: [], warnings: [expect.stringMatching(/expected an object like \{ "groups"/)] });
  });
});

describe('loadLocalGroups', () => {
  it('fetches a path next to the app, without cookies or referrer, and validates it', async () => {
    const fetchFile = answer(JSON.stringify(example));
    const { groups, warnings } = await loadLocalGroups('clinic/local-groups.json', APP, fetchFile);
    // Still read, with one warning that the format is on its way out.
    expect(warnings).toEqual([LOCAL_GROUPS_DEPRECATED]);
    expect(warnings[0]).toMatch(/deprecated.*Meeting Guide JSON feed.*meetingFeeds/);
    expect(groups).toHaveLength(4);
    expect(fetchFile).toHaveBeenCalledWith(
      'https://pathways.example/app/clinic/local-groups.json',
      expect.objectContaining({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error' }),
    );
  });

  it.each(['https://clinic.example/groups.json', '//clinic.example/groups.json', 'http://pathways.example/groups.json'])(
    'never contacts another origin (%s)',
    async (url) => {
      const fetchFile = answer('{"groups":[]}');
      const { groups, warnings } = await loadLocalGroups(url, APP, fetchFile);
      expect(fetchFile).not.toHaveBeenCalled();
      expect(groups).toEqual([]);
      expect(warnings).toEqual([expect.stringMatching(/not on the same site as Pathways \(https:\/\/pathways.example\); .*no local groups shown$/)]);
    },
  );

  it('gives one warning and no groups for a missing file, bad JSON or a network error', async () => {
    const missing = await loadLocalGroups('/nope.json', APP, answer('Not Found', 404));
    expect(missing).toEqual({ groups: [], warnings: [expect.stringMatching(/\/nope.json answered 404; no local groups shown/)] });
    const broken = await loadLocalGroups('/bad.json', APP, answer('{"groups": [}'));
    expect(broken).toEqual({ groups: [], warnings: [expect.stringMatching(/\/bad.json is not valid JSON/)] });
    const offline = await loadLocalGroups('/x.json', APP, vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(offline).toEqual({ groups: [], warnings: [expect.stringMatching(/could not be loaded \(Failed to fetch\)/)] });
  });
});
