/**
 * Ranking principle 1: a group built for people in one situation is for them.
 * Works out, per population a group is built for, whether the person's answers put them in it.
 * "Not answered" and "not sure" are never membership.
 */
import type { Population } from '../content/vocabulary';
import type { AnswerKey } from './answers';
import { describesPersonWithProblem, type FitContext } from './fit';
import type { GroupProfile } from './types';

/** yes: the answers put the person in it; no: they said it does not apply; unknown: not answered, not sure, or not asked. */
export type Membership = 'yes' | 'no' | 'unknown';

export interface PopulationCheck {
  population: Population;
  membership: Membership;
  /** The answer that decided it (for "you said …" and for the UI). */
  cause: AnswerKey;
}

type Check = (profile: GroupProfile, ctx: FitContext) => { membership: Membership; cause: AnswerKey };

const yesNo = (value: boolean | undefined): Membership => (value === undefined ? 'unknown' : value ? 'yes' : 'no');

/** The gender and age of the person who would go: the attendee, or the loved one in "groups they could try". */
const genderOf = ({ answers, list }: FitContext) => (list === 'forThem' ? answers.theirGender : answers.gender);
const genderCause = ({ list }: FitContext): AnswerKey => (list === 'forThem' ? 'theirGender' : 'gender');
const ageOf = ({ answers, list }: FitContext) => (list === 'forThem' ? answers.theirAge : answers.age);
const ageCause = ({ list }: FitContext): AnswerKey => (list === 'forThem' ? 'theirAge' : 'age');

const genderCheck =
  (wanted: 'woman' | 'man'): Check =>
  (_profile, ctx) => {
    const gender = genderOf(ctx);
    const membership = gender === undefined || gender === 'prefer-not-to-say' ? 'unknown' : yesNo(gender === wanted);
    return { membership, cause: genderCause(ctx) };
  };

/** The faith answer is about the attendee; nobody told us the loved one's. */
const traditionCheck =
  (field: 'faith' | 'culture'): Check =>
  (profile, ctx) => {
    const faith = ctx.list === 'forThem' ? undefined : ctx.answers.faith;
    // "other" is some faith we do not list, so it is not this one; "none" is a plain no.
    const membership = faith === undefined ? 'unknown' : yesNo(faith === profile[field]);
    return { membership, cause: 'faith' };
  };

const CHECKS: Record<Population, Check> = {
  'co-occurring-mental-health': (_profile, ctx) => {
    const answer = describesPersonWithProblem(ctx) ? ctx.answers.mentalHealth : undefined;
    return { membership: answer === 'yes' ? 'yes' : answer === 'no' ? 'no' : 'unknown', cause: 'mentalHealth' };
  },
  'medication-assisted-recovery': (_profile, ctx) => {
    const answer = describesPersonWithProblem(ctx) ? ctx.answers.medication : undefined;
    // "yes" without the kind could be either, so it is not membership; "mental-health" alone is a no.
    const membership = answer === 'recovery' || answer === 'both' ? 'yes' : answer === 'no' || answer === 'mental-health' ? 'no' : 'unknown';
    return { membership, cause: 'medication' };
  },
  faith: traditionCheck('faith'),
  culture: traditionCheck('culture'),
  women: genderCheck('woman'),
  men: genderCheck('man'),
  lgbtq: (_profile, ctx) => ({ membership: ctx.list === 'forThem' ? 'unknown' : yesNo(ctx.answers.lgbtq), cause: 'lgbtq' }),
  'young-people': (_profile, ctx) => {
    const age = ageOf(ctx);
    return { membership: age === undefined ? 'unknown' : yesNo(age !== '26-plus'), cause: ageCause(ctx) };
  },
  teens: (_profile, ctx) => {
    const age = ageOf(ctx);
    return { membership: age === undefined ? 'unknown' : yesNo(age === 'under-18'), cause: ageCause(ctx) };
  },
};

/** Every population the group is built for, with whether this person belongs to it. */
export function populationChecks(profile: GroupProfile, ctx: FitContext): PopulationCheck[] {
  return (profile.builtFor ?? []).map((population) => ({ population, ...CHECKS[population](profile, ctx) }));
}

/** A member of a group built for several populations (say, women of one faith) belongs to all of them. */
export function isMember(checks: readonly PopulationCheck[]): boolean {
  return checks.length > 0 && checks.every((c) => c.membership === 'yes');
}
