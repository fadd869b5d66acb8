// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from './boot';
import { filterGroups, hasGroupFilter, isGroupShown, presetAnswers } from './apply-settings';

afterEach(() => vi.restoreAllMocks());

describe('readSettings', () => {
  it('applies what is valid and warns in the console exactly once per problem', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = document.createElement('html');
    const { settings, warnings } = readSettings('?region=mars&accent=%23ffdd00&colour=blue&lang=es', root);
    expect(settings).toEqual({ lang: 'es', theme: { accent: '#ffdd00' } });
    expect(warnings).toHaveLength(3); // region, unknown parameter, accent darkened
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls.map(([m]) => m)).toEqual(warnings.map((w) => `Pathways settings: ${w}`));
    expect(root.style.getPropertyValue('--accent')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('never throws: a broken address still gives the defaults', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => readSettings('?%E0%A4%A=1')).not.toThrow();
  });
});

describe('apply-settings', () => {
  const groups = [{ id: 'smart-recovery' }, { id: 'al-anon' }, { id: 'hams' }];

  it('starts the questionnaire with the presets and the region', () => {
    expect(presetAnswers({ region: 'uk', presets: { for: 'someone-else' } })).toEqual({ for: 'someone-else', region: 'uk' });
    expect(presetAnswers({ region: 'uk', presets: { region: 'ie' } })).toEqual({ region: 'ie' });
    expect(presetAnswers({})).toEqual({});
  });

  it('shows only included groups, never excluded ones', () => {
    expect(filterGroups(groups, {})).toEqual(groups);
    expect(filterGroups(groups, { include: ['smart-recovery', 'hams'], exclude: ['hams'] })).toEqual([{ id: 'smart-recovery' }]);
    expect(filterGroups(groups, { exclude: ['al-anon'] }).map((g) => g.id)).toEqual(['smart-recovery', 'hams']);
    expect(isGroupShown({ include: [] }, 'hams')).toBe(true);
    expect(hasGroupFilter({ include: [] })).toBe(false);
    expect(hasGroupFilter({ exclude: ['hams'] })).toBe(true);
  });
});
