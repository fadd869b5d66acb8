// @vitest-environment node
/** Properties over random valid answers and the real catalogue (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/load-node';
import { answersArbitrary } from './answers-arbitrary';
import { findExclusion } from './hard-rules';
import { recommendMessages } from './recommend';
import type { ListName } from './types';

const { profiles } = loadCatalogue();
const byId = new Map(profiles.map((p) => [p.id, p]));
const lists = (r: ReturnType<typeof recommendMessages>) =>
  [['forYou', r.forYou], ['forThem', r.forThem ?? []]] as [ListName, typeof r.forYou][];

describe('recommend, for any valid answers', () => {
  it('never lists a group that a hard rule excludes', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const [list, groups] of lists(recommendMessages(answers, profiles))) {
          for (const g of groups) expect(findExclusion(byId.get(g.id)!, answers, list), `${g.id} in ${list}`).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps family groups and groups for the person apart (rule 1)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const r = recommendMessages(answers, profiles);
        const familyList = answers.for === 'someone-else';
        for (const g of r.forYou) expect(byId.get(g.id)!.audience).not.toBe(familyList ? 'person' : 'family');
        for (const g of r.forThem ?? []) expect(byId.get(g.id)!.audience).not.toBe('family');
      }),
    );
  });

  it('is deterministic: same answers, same result, same order', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(recommendMessages(answers, profiles)).toEqual(recommendMessages(structuredClone(answers), [...profiles].reverse()));
      }),
    );
  });

  it('gives scores in [0, 1], sorted best first with ties by reach, then id, at most five per list', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const [, groups] of lists(recommendMessages(answers, profiles))) {
          expect(groups.length).toBeLessThanOrEqual(5);
          groups.forEach((g, i) => {
            expect(g.score).toBeGreaterThanOrEqual(0);
            expect(g.score).toBeLessThanOrEqual(1);
            const prev = groups[i - 1];
            if (prev) expect(prev.score > g.score || (prev.score === g.score && (prev.reach > g.reach || (prev.reach === g.reach && prev.id < g.id)))).toBe(true);
          });
        }
      }),
    );
  });

  it('gives every listed group at least one reason tied to an answer', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const [, groups] of lists(recommendMessages(answers, profiles))) {
          for (const g of groups) {
            expect(g.reasons.length).toBeGreaterThan(0);
            for (const r of g.reasons) expect(r.cause).toBeDefined();
          }
        }
      }),
    );
  });

  it('accounts for every group: listed or left out with a reason', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const r = recommendMessages(answers, profiles);
        for (const [list, groups] of lists(r)) {
          if (list === 'forThem' && answers.for === 'me') continue;
          const seen = new Set([...groups.map((g) => g.id), ...r.leftOut.filter((l) => l.list === list).map((l) => l.id)]);
          expect(seen.size).toBe(profiles.length);
        }
      }),
    );
  });
});
