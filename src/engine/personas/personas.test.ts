// @vitest-environment node
/** Table-driven persona tests on the real catalogue: what a sensible list must contain, and must not. */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/load-node';
import { ANSWER_KEYS } from '../answer-values';
import { recommendMessages } from '../recommend';
import type { RankedGroup } from '../types';
import { PERSONAS } from './personas';

const { profiles, errors } = loadCatalogue();
const top3 = (list: RankedGroup[] | undefined) => (list ?? []).slice(0, 3).map((g) => g.id);

describe('personas on the real catalogue', () => {
  it('loads a valid catalogue', () => expect(errors).toEqual([]));

  describe.each(PERSONAS)('$name', (persona) => {
    const result = recommendMessages(persona.answers, profiles);
    const everything = recommendMessages(persona.answers, profiles, { limit: profiles.length });

    if (persona.first) it(`puts ${persona.first} first`, () => expect(result.forYou[0]?.id).toBe(persona.first));
    for (const id of persona.top3 ?? []) it(`has ${id} in the top three`, () => expect(top3(result.forYou)).toContain(id));
    for (const id of persona.top3Them ?? []) it(`suggests ${id} for the loved one`, () => expect(top3(result.forThem)).toContain(id));
    for (const [id, rule] of persona.excluded ?? []) {
      it(`leaves out ${id} by rule ${rule}, saying why`, () => {
        const leftOut = result.leftOut.find((l) => l.id === id && l.list === 'forYou');
        expect(leftOut?.rule).toBe(rule);
        expect(leftOut?.reason.key).toMatch(/^excluded\./);
        expect(result.forYou.map((g) => g.id)).not.toContain(id);
      });
    }
    for (const { id, key, note } of persona.says ?? []) {
      it(`tells the person "${key}" about ${id}`, () => {
        const group = [...everything.forYou, ...(everything.forThem ?? [])].find((g) => g.id === id);
        const message = [...(group?.reasons ?? []), ...(group?.cautions ?? [])].find((m) => m.key === key);
        expect(message, `${id} should be listed with ${key}`).toBeDefined();
        if (note) expect(message?.note).toEqual({ profile: id, field: note });
      });
    }
  });

  it('covers every answer key with some persona', () => {
    const used = new Set(PERSONAS.flatMap((p) => Object.keys(p.answers)));
    expect(ANSWER_KEYS.filter((k) => !used.has(k))).toEqual([]);
  });

  it('covers hard rules 1 to 6 on real groups (rule 7 has no inactive group today; see hard-rules.test.ts)', () => {
    const rules = new Set(PERSONAS.flatMap((p) => (p.excluded ?? []).map(([, rule]) => rule)));
    expect([...rules].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('brings every active group into someone’s top three', () => {
    const reached = new Set(
      PERSONAS.flatMap((p) => {
        const r = recommendMessages(p.answers, profiles);
        return [...top3(r.forYou), ...top3(r.forThem)];
      }),
    );
    const missing = profiles.filter((p) => p.status === 'active' && !reached.has(p.id)).map((p) => p.id);
    expect(missing).toEqual([]);
  });
});
