// @vitest-environment node
/**
 * The contract's six ranking principles over random answers on the real catalogue, complete and
 * with keys left out. The checks themselves live in principles.ts (shared with `npm run
 * ranking-report`), with the order in which they give way when two pull against each other
 * (principle 3 before 4 and 5, the first place before principle 1, principle 1 before 2); here
 * every one must hold for every sample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/load-node';
import type { Answers } from './answers';
import { answersArbitrary, completeAnswersArbitrary } from './answers-arbitrary';
import { principleChecks, type PrincipleCheck } from './principles';
import { recommendMessages } from './recommend';

const { profiles } = loadCatalogue();
// Complete answers (as the contract's independent cases are) and answers with keys left out.
const SAMPLES = [...fc.sample(completeAnswersArbitrary, { numRuns: 600, seed: 4242 }), ...fc.sample(answersArbitrary, { numRuns: 600, seed: 2424 })];
const results = SAMPLES.map((answers) => ({ answers, result: recommendMessages(answers, profiles) }));
const checks: PrincipleCheck[] = SAMPLES.flatMap((answers) => principleChecks(answers, profiles));

function share(prefix: string) {
  const relevant = checks.filter((c) => c.name.startsWith(prefix));
  const failing = relevant.filter((c) => !c.holds);
  return { count: relevant.length, failing: failing.slice(0, 3).map((c) => c.detail) };
}

describe('ranking principles over random complete answers', () => {
  it('1. a group built for someone else never reaches the top 3 while other groups could be there', () => {
    const { count, failing } = share('P1 built for others');
    expect(count).toBeGreaterThan(100);
    expect(failing).toEqual([]);
  });

  it('1. a group built for the person reaches the top 3, even when its cautions weigh against it', () => {
    const { count, failing } = share('P1 built for you');
    expect(count).toBeGreaterThan(100);
    expect(failing).toEqual([]);
  });

  it('2. the fellowship for the one problem named is in the top 3, or a caution says what weighs against it', () => {
    const { count, failing } = share('P2');
    expect(count).toBeGreaterThan(20);
    expect(failing).toEqual([]);
  });

  it('3. a group with no meetings the person can reach ranks below every group they can reach', () => {
    const { count, failing } = share('P3');
    expect(count).toBeGreaterThan(100);
    expect(failing).toEqual([]);
  });

  it('4. the goal leads: the first group fits the goal to stop or to cut down, when the person can reach one that does', () => {
    const { count, failing } = share('P4');
    expect(count).toBeGreaterThan(100);
    expect(failing).toEqual([]);
  });

  it('5. family first: a family group for the loved one’s problem, or CRAFT for help-them, leads a family member’s list', () => {
    const { count, failing } = share('P5');
    expect(count).toBeGreaterThan(100);
    expect(failing).toEqual([]);
  });

  it('6. scores mean something: a clear gap from #1 to #5, and few ties', () => {
    const lists = results.flatMap(({ result }) => [result.forYou, result.forThem ?? []]).filter((l) => l.length >= 5);
    const gaps = lists.map((l) => l[0]!.score - l[4]!.score).sort((a, b) => a - b);
    const tied = lists.filter((l) => new Set(l.map((g) => g.score)).size < l.length).length;
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThan(0.15);
    expect(tied / lists.length).toBeLessThan(TIE_LIMIT);
  });

  it('6. equal scores are broken by reach, then by id', () => {
    for (const { result } of results) {
      for (const list of [result.forYou, result.forThem ?? []]) {
        list.forEach((g, i) => {
          const prev = list[i - 1];
          if (prev && prev.score === g.score) expect(prev.reach > g.reach || (prev.reach === g.reach && prev.id < g.id)).toBe(true);
        });
      }
    }
  });

  it('never says "you said" about an answer that was not given: every message names a given answer', () => {
    // The only sentences allowed about an answer not given are the ones that say so.
    const sayNotGiven = /\.(notSaid|moderationOnlyUnsaid)$/;
    for (const { answers, result } of results) {
      for (const g of [...result.forYou, ...(result.forThem ?? [])]) {
        for (const m of [...g.reasons, ...g.cautions]) {
          if (m.cause === undefined || m.cause === 'status' || m.cause === 'for' || sayNotGiven.test(m.key)) continue;
          expect((answers as Record<string, unknown>)[m.cause], `${g.id}: ${m.key}`).toBeDefined();
        }
      }
    }
  });

  it('never tells a person who said "not sure" about medication or mental health that they mentioned it', () => {
    const unsure = (a: Answers) => a.medication === 'not-sure' || a.mentalHealth === 'not-sure';
    for (const { answers, result } of results.filter(({ answers }) => unsure(answers))) {
      for (const g of [...result.forYou, ...(result.forThem ?? [])]) {
        for (const m of g.reasons) {
          if (answers.medication === 'not-sure') expect(m.cause).not.toBe('medication');
          if (answers.mentalHealth === 'not-sure') expect(m.cause).not.toBe('mentalHealth');
        }
      }
    }
  });
});

/** Ties in the top 5 (issue 10: under 5 %). */
const TIE_LIMIT = 0.05;
