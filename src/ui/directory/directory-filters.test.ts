import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/load-node';
import { localize } from '../../content/localize';
import { approachBuckets, matchesFilters, NO_FILTERS, sortByName, toggleFilter } from './directory-filters';

const catalogue = localize(loadCatalogue().profiles, 'en');
const byId = (id: string) => catalogue.find((p) => p.id === id)!;

describe('directory filters', () => {
  it('puts every group in at least one approach, so no group is unreachable by filtering', () => {
    for (const profile of catalogue) expect(approachBuckets(profile), profile.id).not.toEqual([]);
  });

  it('matches any ticked box within a question and every question together', () => {
    const secularOrModeration = toggleFilter(toggleFilter(NO_FILTERS, 'approach', 'non-religious'), 'approach', 'moderation-harm-reduction');
    expect(matchesFilters(byId('smart-recovery'), secularOrModeration)).toBe(true);
    expect(matchesFilters(byId('hams'), secularOrModeration)).toBe(true);
    expect(matchesFilters(byId('alcoholics-anonymous'), secularOrModeration)).toBe(false);
    const alsoByPhone = toggleFilter(secularOrModeration, 'format', 'phone');
    expect(matchesFilters(byId('smart-recovery'), alsoByPhone)).toBe(false);
    expect(matchesFilters(byId('women-for-sobriety'), alsoByPhone)).toBe(true);
  });

  it('counts groups for both audiences under either choice', () => {
    const person = toggleFilter(NO_FILTERS, 'audience', 'person');
    const family = toggleFilter(NO_FILTERS, 'audience', 'family');
    expect(matchesFilters(byId('celebrate-recovery'), person)).toBe(true);
    expect(matchesFilters(byId('celebrate-recovery'), family)).toBe(true);
    expect(matchesFilters(byId('al-anon'), person)).toBe(false);
  });

  it('unticks a box that was ticked', () => {
    expect(toggleFilter(toggleFilter(NO_FILTERS, 'format', 'phone'), 'format', 'phone')).toEqual(NO_FILTERS);
  });

  it('sorts the way the language sorts: accents and capitals do not push a name to the end', () => {
    const named = (name: string) => ({ ...byId('lifering'), id: name.toLowerCase(), name });
    const names = sortByName([named('Zeta'), named('Ángel'), named('alfa')], 'es').map((p) => p.name);
    expect(names).toEqual(['alfa', 'Ángel', 'Zeta']);
  });
});
