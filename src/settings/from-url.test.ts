import { describe, expect, it } from 'vitest';
import { parseOffered, settingsFromSearch } from './from-url';
import { parseSettings } from './parse-settings';

const read = (search: string) => {
  const fromUrl = settingsFromSearch(search);
  const parsed = parseSettings(fromUrl.raw);
  return { settings: parsed.settings, warnings: [...fromUrl.warnings, ...parsed.warnings] };
};

describe('settingsFromSearch', () => {
  it('reads every parameter into the settings shape', () => {
    const search = new URLSearchParams({
      lang: 'es',
      region: 'uk',
      accent: '#005eb8',
      font: 'Georgia, serif',
      radius: '8px',
      mode: 'dark',
      include: 'smart-recovery, al-anon',
      exclude: 'hams',
      offered: 'smart-recovery:Thursdays 7pm, Room 2,al-anon',
      'preset.for': 'someone-else',
      'preset.concerns': 'alcohol,gambling',
      'preset.lgbtq': 'true',
      contactName: 'Riverside Clinic',
      contactPhone: '0300 123 4567',
      contactUrl: 'https://riverside.example/',
      contactHours: 'Mon–Fri 9–5',
      reportUrl: 'https://riverside.example/report',
      exitUrl: 'https://www.bbc.co.uk/news',
      localGroups: '/clinic/groups.json',
      preview: '1',
      parentOrigin: 'https://riverside.example',
    }).toString();
    expect(read(`?${search}`)).toEqual({
      warnings: [],
      settings: {
        lang: 'es',
        region: 'uk',
        theme: { accent: '#005eb8', font: 'Georgia, serif', radius: 8, mode: 'dark' },
        include: ['smart-recovery', 'al-anon'],
        exclude: ['hams'],
        offeredHere: [{ id: 'smart-recovery', note: 'Thursdays 7pm, Room 2' }, { id: 'al-anon' }],
        presets: { for: 'someone-else', concerns: ['alcohol', 'gambling'], lgbtq: true },
        contactLine: { name: 'Riverside Clinic', phone: '0300 123 4567', url: 'https://riverside.example/', hours: 'Mon–Fri 9–5' },
        reportUrl: 'https://riverside.example/report',
        exitUrl: 'https://www.bbc.co.uk/news',
        localGroupsUrl: '/clinic/groups.json',
        preview: true,
      },
    });
  });

  it('gives nothing for an empty address', () => {
    expect(settingsFromSearch('')).toEqual({ raw: {}, warnings: [] });
  });

  it('reads preview as a flag: present, 1, true, or off with 0/false', () => {
    expect(read('?preview').settings.preview).toBe(true);
    expect(read('?preview=true').settings.preview).toBe(true);
    expect(read('?preview=0').settings.preview).toBe(false);
  });

  it('warns about an unknown parameter and about bad values, and keeps the rest', () => {
    const { settings, warnings } = read('?lang=fr&accent=red&radius=big&colour=blue&region=ie&preset.goal=quit&preset.mood=ok');
    expect(settings).toEqual({ region: 'ie', theme: {}, presets: {} });
    expect(warnings).toEqual([
      expect.stringMatching(/^URL parameter "colour": not a Pathways setting/),
      expect.stringMatching(/^lang: "fr" ignored/),
      expect.stringMatching(/^theme.accent: "red" ignored; expected a hex colour/),
      expect.stringMatching(/^theme.radius: "big" ignored; expected a number of pixels/),
      expect.stringMatching(/^presets.goal: "quit" ignored/),
      expect.stringMatching(/^presets.mood: not a setting/),
    ]);
  });
});

describe('parseOffered', () => {
  it('splits entries only where a group id follows the comma, so notes may hold commas and colons', () => {
    expect(parseOffered('smart-recovery:Thu 7:30pm, Room 2, back door,smart-recovery-family-friends, al-anon:Mondays')).toEqual([
      { id: 'smart-recovery', note: 'Thu 7:30pm, Room 2, back door' },
      { id: 'smart-recovery-family-friends' },
      { id: 'al-anon', note: 'Mondays' },
    ]);
  });
});
