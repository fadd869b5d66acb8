import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { loadCatalogue } from '../../content/load-node';
import { localize } from '../../content/localize';
import { factText } from './group-facts';

const catalogue = localize(loadCatalogue().profiles, 'en');
const profile = catalogue[0]!;

/** A stand-in for i18next's `t` that says which key it was asked for. */
const keyEcho = () => vi.fn((key: string) => `[${key}]`) as unknown as TFunction & ReturnType<typeof vi.fn>;

describe('factText', () => {
  it('looks up only the labels of the facts that are read', () => {
    const t = keyEcho();
    const facts = factText(t, 'en', profile);
    expect(t).not.toHaveBeenCalled();
    expect(facts.cost.startsWith(`[groupFacts.values.cost.${profile.cost.kind}]`)).toBe(true);
    expect(t.mock.calls.map(([key]) => key)).toEqual([`groupFacts.values.cost.${profile.cost.kind}`]);
  });

  it('gives every fact of every profile as text, from that profile’s own values', () => {
    for (const p of catalogue) {
      const t = keyEcho();
      const facts = factText(t, 'en', p);
      const all = Object.keys(facts).map((key) => facts[key as keyof typeof facts]);
      expect(all.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
      expect(facts.status).toBe(`[groupFacts.values.status.${p.status}]`);
      expect(facts.problems).toContain(`[groupFacts.values.problems.${p.problems[0]}]`);
    }
  });
});
