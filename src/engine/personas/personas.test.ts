// @vitest-environment node
/** The counsellor's table (personas.ts) on the real catalogue: what a sensible list must contain, and must not. */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/load-node';
import { ANSWER_KEYS } from '../answer-values';
import { recommendMessages } from '../recommend';
import type { RankedGroup } from '../types';
import { PERSONAS } from './personas';

const { profiles, errors } = loadCatalogue();
const top3 = (list: RankedGroup[] | undefined) => (list ?? []).slice(0, 3).map((g) => g.id);
const messagesOf = (g: RankedGroup) => [...g.reasons, ...g.cautions];

describe('the counsellor’s cases on the real catalogue', () => {
  it('loads a valid catalogue', () => expect(errors).toEqual([]));

  it('has at least 60 cases', () => expect(PERSONAS.length).toBeGreaterThanOrEqual(60));

  describe.each(PERSONAS)('$name', (persona) => {
    const result = recommendMessages(persona.answers, profiles);
    const everything = recommendMessages(persona.answers, profiles, { limit: profiles.length });
    const forThem = () => expect(result.forThem, 'a family member gets "groups they could try"').toBeDefined();

    for (const id of persona.top3 ?? []) it(`has ${id} in the top three`, () => expect(top3(result.forYou)).toContain(id));
    if (persona.top3OneOf) {
      it(`has one of ${persona.top3OneOf.join(', ')} in the top three`, () => {
        expect(top3(result.forYou).some((id) => persona.top3OneOf!.includes(id)), top3(result.forYou).join(', ')).toBe(true);
      });
    }
    for (const id of persona.top3Them ?? []) it(`suggests ${id} for the loved one`, () => (forThem(), expect(top3(result.forThem)).toContain(id)));
    if (persona.top3ThemOneOf) {
      it(`suggests one of ${persona.top3ThemOneOf.join(', ')} for the loved one`, () => {
        forThem();
        expect(top3(result.forThem).some((id) => persona.top3ThemOneOf!.includes(id)), top3(result.forThem).join(', ')).toBe(true);
      });
    }
    if (persona.firstOneOf) it(`puts one of ${persona.firstOneOf.join(', ')} first`, () => expect(persona.firstOneOf).toContain(result.forYou[0]?.id));
    if (persona.firstThemOneOf) it(`suggests one of ${persona.firstThemOneOf.join(', ')} first for the loved one`, () => expect(persona.firstThemOneOf).toContain(result.forThem?.[0]?.id));
    for (const id of persona.notTop3 ?? []) it(`keeps ${id} out of the top three`, () => expect(top3(result.forYou)).not.toContain(id));
    for (const id of persona.notTop3Them ?? []) it(`keeps ${id} out of the top three for the loved one`, () => expect(top3(result.forThem)).not.toContain(id));
    for (const [id, rule, list = 'forYou'] of persona.excluded ?? []) {
      it(`leaves ${id} out of ${list} by rule ${rule}, saying why`, () => {
        const leftOut = result.leftOut.find((l) => l.id === id && l.list === list);
        expect(leftOut?.rule).toBe(rule);
        expect(leftOut?.reason.key).toMatch(/^excluded\./);
        expect((list === 'forYou' ? result.forYou : (result.forThem ?? [])).map((g) => g.id)).not.toContain(id);
      });
    }
    for (const { id, key, note, list = 'forYou' } of persona.says ?? []) {
      it(`tells the person "${key}" about ${id}`, () => {
        const group = (list === 'forYou' ? everything.forYou : (everything.forThem ?? [])).find((g) => g.id === id);
        const message = group && messagesOf(group).find((m) => m.key === key);
        expect(message, `${id} should be listed with ${key}; has ${group && messagesOf(group).map((m) => m.key)}`).toBeDefined();
        if (note) expect(message?.note).toEqual({ profile: id, field: note });
      });
    }
    for (const pattern of persona.neverSays ?? []) {
      it(`never says ${pattern} to this person`, () => {
        const said = [...everything.forYou, ...(everything.forThem ?? [])].flatMap(messagesOf).map((m) => m.key);
        expect(said.filter((key) => pattern.test(key))).toEqual([]);
      });
    }
  });

  it('covers every answer key with some case', () => {
    const used = new Set(PERSONAS.flatMap((p) => Object.keys(p.answers)));
    expect(ANSWER_KEYS.filter((k) => !used.has(k))).toEqual([]);
  });

  it('covers hard rules 1 to 6 and 8 on real groups (rule 7 has no inactive group today; see hard-rules.test.ts)', () => {
    const rules = new Set(PERSONAS.flatMap((p) => (p.excluded ?? []).map(([, rule]) => rule)));
    expect([...rules].sort()).toEqual([1, 2, 3, 4, 5, 6, 8].filter((r) => r !== 1 || rules.has(1)));
  });

  it('covers every relationship and every region', () => {
    const relationships = new Set(PERSONAS.map((p) => p.answers.relationship).filter(Boolean));
    const regions = new Set(PERSONAS.map((p) => p.answers.region).filter(Boolean));
    expect([...relationships].sort()).toEqual(['child', 'friend', 'other', 'parent', 'partner', 'sibling']);
    expect([...regions].sort()).toEqual(['au', 'ca', 'es', 'ie', 'mx', 'nz', 'other', 'uk', 'us']);
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
