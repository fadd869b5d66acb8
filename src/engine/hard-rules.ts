/**
 * The eight rules of the contract that the ranking must never break.
 * Each is a function returning why a group is left out, or null if it may be shown.
 * Everything softer is a matter of fit (criteria.ts), never a silent filter.
 */
import type { Answers } from './answers';
import type { GroupProfile, HardRule, ListName, Message } from './types';

export interface Exclusion {
  rule: HardRule;
  reason: Message;
}

interface RuleContext {
  answers: Answers;
  list: ListName;
}

type Rule = (profile: GroupProfile, ctx: RuleContext) => Exclusion | null;

const concernTerms = (profile: GroupProfile) => ({ problems: profile.problems.map((p) => `concern.${p}`) });

/** 1. Family groups only for family and friends; groups for the person with the problem never in their list. */
const audienceRule: Rule = (profile, { answers, list }) => {
  const wantsFamilyGroups = answers.for === 'someone-else' && list === 'forYou';
  if (wantsFamilyGroups && profile.audience === 'person') {
    return { rule: 1, reason: { key: 'excluded.personGroup', cause: 'for' } };
  }
  if (!wantsFamilyGroups && profile.audience === 'family') {
    return { rule: 1, reason: { key: 'excluded.familyGroup', cause: 'for' } };
  }
  return null;
};

/** 2. A single-gender group is never shown to a person of another gender. */
const genderRule: Rule = (profile, { answers, list }) => {
  if (!profile.genderOnly) return null;
  const gender = list === 'forThem' ? answers.theirGender : answers.gender;
  const cause = list === 'forThem' ? 'theirGender' : 'gender';
  if (gender === undefined || gender === 'prefer-not-to-say') return null;
  const matches =
    (profile.genderOnly === 'women' && gender === 'woman') ||
    (profile.genderOnly === 'men' && gender === 'man') ||
    (gender === 'non-binary' && (profile.genderAlsoWelcomes ?? []).includes('non-binary'));
  return matches
    ? null
    : { rule: 2, reason: { key: 'excluded.genderOnly', terms: { gender: [`groupGender.${profile.genderOnly}`] }, cause } };
};

/** 3. A fellowship for one problem only when that problem is named, or the person is not sure. */
const problemRule: Rule = (profile, { answers }) => {
  if (!profile.problemSpecific || answers.concerns.includes('not-sure')) return null;
  const named = answers.concerns.some((c) => (profile.problems as string[]).includes(c));
  return named ? null : { rule: 3, reason: { key: 'excluded.problemSpecific', terms: concernTerms(profile), cause: 'concerns' } };
};

/** 4. Teen-only groups only for under-18s; adult-only groups never for them. */
const ageRule: Rule = (profile, { answers, list }) => {
  const age = list === 'forThem' ? answers.theirAge : answers.age;
  const cause = list === 'forThem' ? 'theirAge' : 'age';
  const under18 = age === 'under-18';
  if (profile.age === 'teens-only' && !under18) {
    return { rule: 4, reason: { key: 'excluded.teensOnly', cause } };
  }
  if (profile.age === 'adults-only' && under18) {
    return { rule: 4, reason: { key: 'excluded.adultsOnly', cause } };
  }
  return null;
};

/** 5. A moderation-only group never when the goal is to stop. */
const goalRule: Rule = (profile, { answers, list }) => {
  const describesAttendee = answers.for === 'me' || list === 'forThem';
  if (!describesAttendee || answers.goal !== 'stop') return null;
  return profile.goals.includes('abstinence') ? null : { rule: 5, reason: { key: 'excluded.moderationOnly', cause: 'goal' } };
};

/** 6. A group built on one faith never for a secular person, nor for one who named another faith. */
const faithRule: Rule = (profile, { answers, list }) => {
  if (list === 'forThem' || !profile.faith) return null;
  const terms = { faith: [`faith.${profile.faith}`] };
  if (answers.spirituality === 'secular') {
    return { rule: 6, reason: { key: 'excluded.faithSecular', terms, cause: 'spirituality' } };
  }
  const named = answers.faith;
  if (named !== undefined && named !== 'none' && named !== profile.faith) {
    return { rule: 6, reason: { key: 'excluded.faithOther', terms, cause: 'faith' } };
  }
  return null;
};

/** 7. A group the catalogue marks as no longer active. */
const statusRule: Rule = (profile) =>
  profile.status === 'inactive' ? { rule: 7, reason: { key: 'excluded.inactive', note: { profile: profile.id, field: 'status' }, cause: 'status' } } : null;

/** 8. A group built for people in one situation never for a person who said that situation does not apply. */
const situationRule: Rule = (profile, { answers, list }) => {
  const describesPerson = answers.for === 'me' || list === 'forThem';
  if (!describesPerson) return null;
  const builtFor = profile.builtFor ?? [];
  if (builtFor.includes('co-occurring-mental-health') && answers.mentalHealth === 'no') {
    return { rule: 8, reason: { key: 'excluded.mentalHealthNo', cause: 'mentalHealth' } };
  }
  if (builtFor.includes('medication-assisted-recovery') && (answers.medication === 'no' || answers.medication === 'mental-health')) {
    return { rule: 8, reason: { key: answers.medication === 'no' ? 'excluded.medicationNo' : 'excluded.medicationMentalHealthOnly', cause: 'medication' } };
  }
  return null;
};

/** In contract order, so the first reason given is the lowest-numbered rule. */
const RULES: readonly Rule[] = [audienceRule, genderRule, problemRule, ageRule, goalRule, faithRule, statusRule, situationRule];

export function findExclusion(profile: GroupProfile, answers: Answers, list: ListName): Exclusion | null {
  for (const rule of RULES) {
    const exclusion = rule(profile, { answers, list });
    if (exclusion) return exclusion;
  }
  return null;
}
