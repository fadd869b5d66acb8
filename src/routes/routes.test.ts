import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hrefFor, parseRoute, safeDecode, type Route } from './routes';

describe('parseRoute', () => {
  it('knows the questionnaire’s own pages, and nothing past them', () => {
    for (const hash of ['#/check', '#/results', '#/question/goal']) expect(parseRoute(hash)).toEqual({ name: 'quiz' });
    for (const hash of ['#/check/x', '#/question/', '#/question/goal/more', '#/question/%ZZ']) expect(parseRoute(hash)).toEqual({ name: 'notFound' });
  });

  it.each(['#/groups/%', '#/groups/%E0%A4%A', '#/groups/%ZZ', '#/groups/%E0%A4', '#/nope', '#/about/extra', '#/groups/al-anon/x'])(
    'gives the "not found" page for %s, without throwing',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    },
  );

  it('reads the pages it knows', () => {
    expect(parseRoute('#/groups/al-anon')).toEqual({ name: 'group', id: 'al-anon' });
    expect(parseRoute('#/groups/caf%C3%A9')).toEqual({ name: 'group', id: 'café' });
    expect(parseRoute('#/groups')).toEqual({ name: 'directory' });
    expect(parseRoute('#/groups/')).toEqual({ name: 'directory' });
    expect(parseRoute('#/privacy')).toEqual({ name: 'privacy' });
    expect(parseRoute('#/')).toEqual({ name: 'quiz' });
    expect(parseRoute('#main')).toBeNull(); // an in-page anchor, not a page
    expect(parseRoute('', '/pathways/about.html')).toEqual({ name: 'about' });
    expect(parseRoute('', '/pathways/groups/al-anon.html')).toEqual({ name: 'group', id: 'al-anon' });
  });

  it('never reads a page name from the lookup table’s inherited properties', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(parseRoute(`#/${name}`)).toEqual({ name: 'notFound' });
  });

  it('safeDecode returns null for broken escapes', () => {
    expect(safeDecode('%')).toBeNull();
    expect(safeDecode('%E0%A4%A')).toBeNull();
    expect(safeDecode('a%20b')).toBe('a b');
  });
});

describe('route parsing over random strings (fast-check)', () => {
  // Text shaped like addresses: slashes, percent signs and hex digits are far more likely than in plain random strings.
  const addressChar = fc.constantFrom('/', '%', '#', 'E', '0', 'A', 'Z', 'f', '-', '.', '?', '=', ' ', 'é', '\u0000', '\uD800');
  const addressLike = fc.array(fc.oneof(addressChar, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));
  const knownStart = fc.constantFrom('#/', '#/groups/', '#/groups', '#results=', '#', '', '#/about');

  it('never throws, and always gives a page or null (for in-page anchors)', () => {
    fc.assert(
      fc.property(knownStart, fc.oneof(addressLike, fc.string(), fc.string({ unit: 'binary' })), fc.oneof(fc.string(), addressLike), (start, rest, path) => {
        const route = parseRoute(start + rest, path);
        if (route !== null) expect(typeof route.name).toBe('string');
        if (route) expect(() => hrefFor(route as Route)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('a group route survives the round trip through hrefFor (slashes and % included)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (id) => {
        const route = parseRoute(hrefFor({ name: 'group', id }));
        expect(route).toEqual({ name: 'group', id });
      }),
    );
  });
});

it('hrefFor never throws on a lone surrogate', () => {
  expect(hrefFor({ name: 'group', id: 'a\uD800b' })).toBe('#/groups');
});
