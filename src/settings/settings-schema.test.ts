import { describe, expect, it } from 'vitest';
import { parseSettings } from './parse-settings';

const FULL = {
  lang: 'es',
  region: 'uk',
  theme: { accent: '#005eb8', font: 'Georgia, "Times New Roman", serif', radius: 8, mode: 'dark' },
  include: ['smart-recovery', 'al-anon'],
  exclude: ['hams'],
  offeredHere: [{ id: 'smart-recovery', note: 'Thursdays 7pm, Room 2' }, { id: 'al-anon' }],
  presets: { for: 'someone-else', relationship: 'parent', concerns: ['alcohol'], lgbtq: true },
  contactLine: { name: 'Riverside Clinic', phone: '0300 123 4567', url: 'https://riverside.example/contact', hours: 'Mon–Fri 9–5' },
  reportUrl: 'https://riverside.example/report',
  exitUrl: 'https://www.bbc.co.uk/news',
  localGroupsUrl: 'clinic/local-groups.json',
  preview: true,
};

describe('parseSettings', () => {
  it('keeps every valid setting as it is, with no warnings', () => {
    expect(parseSettings(FULL)).toEqual({ settings: FULL, warnings: [] });
  });

  it('starts from nothing: no settings, no warnings', () => {
    expect(parseSettings({})).toEqual({ settings: {}, warnings: [] });
  });

  it.each([
    ['lang', 'fr', /lang: "fr" ignored; expected one of "en", "es"/],
    ['region', 'mars', /region: "mars" ignored; expected one of "uk", "ie"/],
    ['include', 'smart-recovery', /include: "smart-recovery" ignored; expected a list of group ids/],
    ['reportUrl', 'http://riverside.example/report', /reportUrl: .* expected an https:\/\/ address/],
    ['exitUrl', 'javascript:alert(1)', /exitUrl: .* expected an https:\/\/ address/],
    ['localGroupsUrl', 'data:application/json,{}', /localGroupsUrl: .* expected a path/],
    ['preview', 'maybe', /preview: "maybe" ignored; expected true or false/],
    ['contactLine', 'call us', /contactLine: "call us" ignored/],
  ])('drops a bad %s with one warning naming it, and keeps the rest', (key, value, message) => {
    const { settings, warnings } = parseSettings({ ...FULL, [key]: value });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(message);
    expect(settings).not.toHaveProperty(key);
    expect(settings.region ?? settings.lang).toBeDefined();
  });

  it.each([
    ['accent', 'red', /theme.accent: "red" ignored; expected a hex colour/],
    ['accent', '#12345', /expected a hex colour/],
    ['font', 'x; background: url(https://evil.example/a.png)', /theme.font: .* no url\(/],
    ['font', '<script>', /theme.font/],
    ['font', 'Arial }', /theme.font/],
    ['radius', 40, /theme.radius: 40 ignored; expected a number of pixels from 0 to 24/],
    ['radius', -1, /theme.radius/],
    ['mode', 'sepia', /theme.mode: "sepia" ignored; expected "light" or "dark"/],
  ])('drops a bad theme.%s (%s) and keeps the other theme settings', (key, value, message) => {
    const { settings, warnings } = parseSettings({ theme: { ...FULL.theme, [key]: value } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(message);
    expect(settings.theme).toEqual(Object.fromEntries(Object.entries(FULL.theme).filter(([k]) => k !== key)));
  });

  it('warns about unknown keys, at the top and inside, and ignores them', () => {
    const { settings, warnings } = parseSettings({ region: 'us', colour: 'blue', theme: { accent: '#005eb8', shadow: true } });
    expect(settings).toEqual({ region: 'us', theme: { accent: '#005eb8' } });
    expect(warnings).toEqual([
      expect.stringMatching(/^colour: not a setting Pathways knows; ignored \(known: lang, region, theme/),
      expect.stringMatching(/^theme.shadow: not a setting Pathways knows/),
    ]);
  });

  it('drops unknown group ids one by one', () => {
    const { settings, warnings } = parseSettings({ include: ['smart-recovery', 'made-up', 'al-anon'], exclude: ['nope'] });
    expect(settings).toEqual({ include: ['smart-recovery', 'al-anon'], exclude: [] });
    expect(warnings).toEqual([
      expect.stringMatching(/^include\[1\]: "made-up" ignored; expected a group id/),
      expect.stringMatching(/^exclude\[0\]: "nope" ignored/),
    ]);
  });

  it('keeps an offered group whose note is too long, without the note; drops one with a bad id', () => {
    const { settings, warnings } = parseSettings({ offeredHere: [{ id: 'lifering', note: 'x'.repeat(201) }, { id: 'zzz', note: 'ok' }] });
    expect(settings.offeredHere).toEqual([{ id: 'lifering' }]);
    expect(warnings).toEqual([
      expect.stringMatching(/^offeredHere\[0\].note: .* at most 200 characters/),
      expect.stringMatching(/^offeredHere\[1\].id: "zzz" ignored; .*; so offeredHere\[1\] is ignored$/),
    ]);
  });

  it('drops a contact line without a name (with one warning), but only a bad part of one with a name', () => {
    const nameless = parseSettings({ contactLine: { phone: '0300 123 4567' } });
    expect(nameless.settings).toEqual({});
    expect(nameless.warnings).toEqual([expect.stringMatching(/^contactLine.name: expected plain text.*; contactLine ignored/)]);

    const badUrl = parseSettings({ contactLine: { name: 'Riverside', url: 'http://riverside.example' } });
    expect(badUrl.settings).toEqual({ contactLine: { name: 'Riverside' } });
    expect(badUrl.warnings).toEqual([expect.stringMatching(/^contactLine.url: .* expected an https:\/\/ address/)]);
  });

  describe('presets', () => {
    it('checks each answer against the contract values and keeps the good ones', () => {
      const { settings, warnings } = parseSettings({
        presets: { for: 'me', goal: 'quit', concerns: ['alcohol', 'sugar'], lgbtq: 'yes', mood: 'ok', language: 'es' },
      });
      expect(settings.presets).toEqual({ for: 'me', concerns: ['alcohol'] });
      expect(warnings).toEqual([
        expect.stringMatching(/^presets.goal: "quit" ignored; expected one of "stop", "cut-down", "not-sure"/),
        expect.stringMatching(/^presets.concerns\[1\]: "sugar" ignored; expected a list of "alcohol"/),
        expect.stringMatching(/^presets.lgbtq: "yes" ignored; expected true or false/),
        expect.stringMatching(/^presets.mood: not a setting Pathways knows/),
        expect.stringMatching(/^presets.language: not a setting/),
      ]);
    });

    it('drops answers that do not apply with the others, saying why', () => {
      const { settings, warnings } = parseSettings({ presets: { for: 'me', relationship: 'parent', spirituality: 'secular', faith: 'christian' } });
      expect(settings.presets).toEqual({ for: 'me', spirituality: 'secular' });
      expect(warnings).toEqual([
        'presets.relationship: ignored; only applies with presets.for = "someone-else"',
        'presets.faith: ignored; does not apply with presets.spirituality = "secular"',
      ]);
    });
  });

  it.each([null, 'lang=es', 42, ['en']])('never throws on %j: no settings, one warning', (raw) => {
    const { settings, warnings } = parseSettings(raw);
    expect(settings).toEqual({});
    expect(warnings).toHaveLength(1);
  });
});
