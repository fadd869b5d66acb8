import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { LEAD_STEP } from './lead';
import { recommendMessages } from './recommend';
import { makeProfile } from './test-fixtures';
import { BANDS } from './weights';

/** A general group that fits a secular person who likes practical tools very well, and is open to any goal. */
const anyGoalFavourite = makeProfile({ id: 'any-goal', goals: ['abstinence', 'moderation', 'harm-reduction', 'undecided'], styles: ['practical-tools', 'open-sharing', 'meditation'], anonymity: true });
/** Built around stopping, but fits the person's other answers less well. */
const stopOnly = makeProfile({ id: 'stop-only', spirituality: 'optional', styles: ['steps-and-sponsor'], reach: [{ 'in-person': 'some', 'online-video': 'few' }] });
/** Built for people who also live with a mental-health condition; higher power central, stop only, few meetings. */
const dualDiagnosis = makeProfile({ id: 'dual', builtFor: ['co-occurring-mental-health'], spirituality: 'central', styles: ['steps-and-sponsor'], reach: [{ 'in-person': 'few' }] });
const forTheirProblem = makeProfile({ id: 'family-for-alcohol', audience: 'family', problems: ['alcohol'], problemSpecific: true, familySupport: ['cope'], spirituality: 'central', reach: [{ 'in-person': 'few' }] });
const christianBoth = makeProfile({ id: 'christian-both', audience: 'both', builtFor: ['faith'], faith: 'christian', familySupport: ['cope'], spirituality: 'central' });
const otherFamily = makeProfile({ id: 'other-family', audience: 'family', familySupport: ['cope'], spirituality: 'optional' });

const me = (more: Partial<Answers>): Answers => ({ for: 'me', concerns: ['alcohol'], spirituality: 'secular', style: ['practical-tools', 'open-sharing', 'meditation'], privacy: ['anonymous'], ...more });
const ids = (list: { id: string }[]) => list.map((g) => g.id);

describe('the first place (principles 4 and 5) and the band of groups built for the person (principle 1)', () => {
  it('puts the best group built around stopping first when the goal is to stop, just above the runner-up', () => {
    const notSure = recommendMessages(me({ goal: 'not-sure' }), [anyGoalFavourite, stopOnly]).forYou;
    expect(ids(notSure)).toEqual(['any-goal', 'stop-only']);
    const stop = recommendMessages(me({ goal: 'stop' }), [anyGoalFavourite, stopOnly]).forYou;
    expect(ids(stop)).toEqual(['stop-only', 'any-goal']);
    expect(stop[0]!.score - stop[1]!.score).toBeCloseTo(LEAD_STEP, 6);
    expect(stop[0]!.reasons.map((r) => r.key)).toContain('reason.goal.stop');
  });

  it('puts a group that supports cutting down first when that is the goal', () => {
    const result = recommendMessages(me({ goal: 'cut-down', style: ['steps-and-sponsor'], spirituality: 'wants' }), [anyGoalFavourite, stopOnly]).forYou;
    expect(result[0]!.id).toBe('any-goal');
  });

  it('never lifts a group the person cannot reach into the first place', () => {
    const unreachableStop = makeProfile({ id: 'stop-far', formats: [{ format: 'in-person', regions: ['us'] }], reach: [{ regions: ['us'], 'in-person': 'many' }] });
    const result = recommendMessages(me({ goal: 'stop', region: 'uk' }), [anyGoalFavourite, unreachableStop]).forYou;
    expect(ids(result)).toEqual(['any-goal', 'stop-far']);
    expect(result[1]!.score).toBeLessThan(BANDS.unreachable[1]);
  });

  it('ranks a group built for the person above every group built for everyone, with its cautions said', () => {
    const result = recommendMessages(me({ mentalHealth: 'yes' }), [anyGoalFavourite, stopOnly, dualDiagnosis]).forYou;
    expect(result[0]!.id).toBe('dual');
    expect(result[0]!.score).toBeGreaterThanOrEqual(BANDS.builtForYou[0]);
    expect(result[0]!.reasons[0]!.key).toBe('reason.population.member');
    expect(result[0]!.cautions.map((c) => c.key)).toContain('caution.spirituality.central');
  });

  it('gives the first place to the goal when the group built for the person cannot serve it, and keeps it second', () => {
    const result = recommendMessages(me({ mentalHealth: 'yes', goal: 'cut-down' }), [anyGoalFavourite, stopOnly, dualDiagnosis]).forYou;
    expect(ids(result)).toEqual(['any-goal', 'dual', 'stop-only']);
    expect(result[1]!.cautions.map((c) => c.key)).toContain('caution.goal.stopOnly');
  });

  it('says so when only groups built for the person kept a group off the list, and gives the usual reason otherwise', () => {
    const result = recommendMessages(me({ mentalHealth: 'yes' }), [anyGoalFavourite, stopOnly, dualDiagnosis], { limit: 1 });
    expect(ids(result.forYou)).toEqual(['dual']);
    const reasonFor = (id: string) => result.leftOut.find((l) => l.id === id)!.reason.key;
    // The best group for everyone would have been listed without the group built for the person.
    expect(reasonFor('any-goal')).toBe('excluded.builtForYouFirst');
    // The next one ranked below a group for everyone as well.
    expect(reasonFor('stop-only')).toMatch(/^excluded\.lowerFit/);
  });

  it('"not sure" and "not answered" never put a person in a group built for others', () => {
    for (const mentalHealth of ['not-sure', undefined] as const) {
      const answers = me(mentalHealth ? { mentalHealth } : {});
      const result = recommendMessages(answers, [anyGoalFavourite, stopOnly, dualDiagnosis]).forYou;
      expect(result.at(-1)!.id).toBe('dual');
      expect(result.at(-1)!.score).toBeLessThan(BANDS.builtForOthers[1]);
    }
  });

  it('gives the first place to the group for the loved one’s problem, not to one built for the relationship (adult children)', () => {
    const adultChildren = makeProfile({ id: 'adult-children', audience: 'family', relationships: ['child'], familySupport: ['cope'], reach: [{ 'in-person': 'many', 'online-video': 'many' }] });
    const answers: Answers = { for: 'someone-else', relationship: 'child', age: '26-plus', concerns: ['alcohol'], familyGoal: 'cope' };
    const result = recommendMessages(answers, [adultChildren, forTheirProblem]).forYou;
    expect(ids(result)).toEqual(['family-for-alcohol', 'adult-children']);
    expect(result[1]!.reasons.map((r) => r.key)).toContain('reason.relationship.builtFor');
  });

  it('in a family member’s list: the group for their loved one’s problem first, the group built for them next', () => {
    const answers: Answers = { for: 'someone-else', concerns: ['alcohol'], faith: 'christian', spirituality: 'open', familyGoal: 'cope' };
    const result = recommendMessages(answers, [otherFamily, christianBoth, forTheirProblem]).forYou;
    expect(ids(result)).toHaveLength(3);
    // Both family groups take alcohol; the better fit of the two leads, the group built for a Christian comes next.
    expect(['family-for-alcohol', 'other-family']).toContain(result[0]!.id);
    expect(result[1]!.id).toBe('christian-both');
    expect(result[1]!.reasons[0]!.key).toBe('reason.population.member');
    // Without the faith answer, the group built for Christians is built for someone else: last.
    const unsaid = recommendMessages({ ...answers, faith: undefined }, [otherFamily, christianBoth, forTheirProblem]).forYou;
    expect(unsaid.at(-1)!.id).toBe('christian-both');
  });
});
