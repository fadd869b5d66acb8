// @vitest-environment jsdom
/**
 * Settings parsing over random input (fast-check): whatever a link, an embed or a settings
 * file holds, reading it never throws, and what comes out is always valid settings.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { settingsFromSearch, URL_PARAMETERS } from './from-url';
import { parseSettings } from './parse-settings';
import { settingsSchema } from './settings-schema';
import { bootSettings } from './boot';

afterEach(() => vi.restoreAllMocks());

const NAMES = [
  ...URL_PARAMETERS.filter((name) => !name.includes('<')),
  'preset.for', 'preset.concerns', 'preset.mentalHealth', 'preset.constructor', 'preset.__proto__',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'parentOrigin', '',
];
/** Values with the characters that break naive parsers: %, &, =, quotes, control characters, lone surrogates. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('%', '%ZZ', '%E0%A4%A', '<script>', 'javascript:alert(1)', 'https://user:pass@evil.example/', '   ', '\u0000', '\uD800', '1e309', '-1', 'true', '#fff', 'smart-recovery:a,b:c'),
  fc.webUrl(),
);
const querystring = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 12 })), nasty), { maxLength: 12 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

describe('settings parsing over random input', () => {
  it('settingsFromSearch + parseSettings never throw on any address, and give valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(querystring, fc.string({ unit: 'binary' })), (search) => {
        const raw = settingsFromSearch(search);
        const { settings, warnings } = parseSettings(raw.raw);
        expect(settingsSchema.safeParse(settings).success).toBe(true);
        expect(Array.isArray(warnings)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('parseSettings never throws on any JSON value (a settings file may hold anything)', () => {
    const keyed = fc.dictionary(fc.constantFrom('lang', 'theme', 'contactLine', 'offeredHere', 'presets', 'exitUrl', 'constructor', '__proto__', 'x'), fc.anything({ maxDepth: 3 }));
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), keyed), (value) => {
        const { settings } = parseSettings(value);
        expect(settingsSchema.safeParse(settings).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('bootSettings never throws, and a plain link never applies clinic settings', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(querystring, async (search) => {
        const root = document.createElement('html');
        const booted = bootSettings(search, { root });
        const outcome = await booted.trust;
        for (const key of ['contactLine', 'exitUrl', 'offeredHere', 'include', 'exclude', 'reportUrl', 'localGroupsUrl']) {
          expect(booted.settings).not.toHaveProperty(key);
          if (!/(^|&|\?)preview=/.test(search)) expect(outcome.clinic).not.toHaveProperty(key);
        }
        expect(outcome.clinic).not.toHaveProperty('exitUrl'); // not even in a preview
      }),
      { numRuns: 300 },
    );
  });

  it('inherited property names are unknown names, not Object’s', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { raw, warnings } = settingsFromSearch('?constructor=1&__proto__=2&preset.constructor=3&toString=4');
    expect(Object.keys(raw)).toEqual(['presets']);
    expect(warnings).toHaveLength(3);
    const parsed = parseSettings({ constructor: 1, presets: { constructor: 'x', for: 'me' } });
    expect(parsed.settings).toEqual({ presets: { for: 'me' } });
    expect(parsed.warnings.join('\n')).toMatch(/constructor: not a setting Pathways knows/);
  });

  it('refuses a whitespace-only contact name and addresses with a user name or password', () => {
    const { settings, warnings } = parseSettings({
      contactLine: { name: '   ', phone: '0300 123 4567' },
      reportUrl: 'https://user:pass@evil.example/report',
      exitUrl: 'https://bob@evil.example/',
      localGroupsUrl: 'groups.json',
    });
    expect(settings).toEqual({ localGroupsUrl: 'groups.json' });
    expect(warnings.join('\n')).toMatch(/not only spaces[\s\S]*without a user name or password[\s\S]*without a user name or password/);
  });
});
