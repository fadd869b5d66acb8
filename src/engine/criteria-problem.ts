/**
 * Fit criteria about the problem itself: what it is, the goal, medication,
 * mental health, and where and in which language help is available.
 * These also rank "groups they could try" for a loved one.
 */
import type { Problem } from '../content/vocabulary';
import { describesPersonWithProblem, formatsIn, termsOf, type CriteriaTable, type Fit } from './fit';
import type { GroupProfile } from './types';

const BROAD_GROUP_PROBLEM_COUNT = 3;

export const problemCriteria: CriteriaTable = {
  concerns(profile, { answers }) {
    const named = answers.concerns.filter((c): c is Problem => c !== 'not-sure');
    const groupProblems = { problems: termsOf('concern', profile.problems) };
    if (named.length === 0) {
      return profile.problems.length >= BROAD_GROUP_PROBLEM_COUNT
        ? { fit: 0.9, reason: { key: 'reason.concerns.notSureBroad', cause: 'concerns' } }
        : { fit: 0.5, reason: { key: 'reason.concerns.notSureSpecific', terms: groupProblems, cause: 'concerns' } };
    }
    const covered = named.filter((c) => profile.problems.includes(c));
    const missing = named.filter((c) => !profile.problems.includes(c));
    if (covered.length === 0) {
      return { fit: 0, caution: { key: 'caution.concerns.notCovered', terms: groupProblems, cause: 'concerns' } };
    }
    // Coverage of what was named matters most; a group focused on exactly those problems fits a little better
    // than one that takes every problem (so ties between broad groups are not settled by name alone).
    const share = covered.length / named.length;
    const focus = covered.length / profile.problems.length;
    const fit: Fit = {
      fit: share * (0.85 + 0.15 * focus),
      reason: {
        key: profile.problemSpecific ? 'reason.concerns.specific' : 'reason.concerns.broad',
        terms: { concerns: termsOf('concern', covered) },
        cause: 'concerns',
      },
    };
    if (missing.length) {
      fit.caution = { key: 'caution.concerns.partly', terms: { concerns: termsOf('concern', missing) }, cause: 'concerns' };
    }
    return fit;
  },

  goal(profile, ctx) {
    const goal = ctx.answers.goal;
    if (!describesPersonWithProblem(ctx) || goal === undefined) return null;
    const abstinence = profile.goals.includes('abstinence');
    const cutsDown = profile.goals.includes('moderation') || profile.goals.includes('harm-reduction');
    const welcomesUnsure = profile.goals.includes('undecided');
    if (goal === 'stop') {
      return abstinence ? { fit: 1, reason: { key: 'reason.goal.stop', cause: 'goal' } } : null;
    }
    if (goal === 'cut-down') {
      if (cutsDown) return { fit: 1, reason: { key: 'reason.goal.cutDown', cause: 'goal' } };
      return welcomesUnsure
        ? { fit: 0.6, caution: { key: 'caution.goal.stopButWelcoming', cause: 'goal' } }
        : { fit: 0.25, caution: { key: 'caution.goal.stopOnly', cause: 'goal' } };
    }
    if (welcomesUnsure) return { fit: 1, reason: { key: 'reason.goal.undecided', cause: 'goal' } };
    if (cutsDown) return { fit: 0.8, reason: { key: 'reason.goal.options', cause: 'goal' } };
    return { fit: 0.5, caution: { key: 'caution.goal.notSure', cause: 'goal' } };
  },

  medication(profile, ctx) {
    const takes = ctx.answers.medication;
    if (!describesPersonWithProblem(ctx) || takes === undefined || takes === 'no') return null;
    const stance = takes === 'mental-health' ? profile.medication.mentalHealth : profile.medication.recovery;
    switch (stance) {
      case 'supportive':
        return { fit: 1, reason: { key: 'reason.medication.supportive', cause: 'medication' } };
      case 'welcomed':
        return { fit: 0.85, reason: { key: 'reason.medication.welcomed', cause: 'medication' } };
      case 'varies-by-group':
        return { fit: 0.4, caution: { key: 'caution.medication.varies', cause: 'medication', note: { profile: profile.id, field: 'medication' } } };
      default:
        return { fit: 0.6, caution: { key: 'caution.medication.notStated', cause: 'medication' } };
    }
  },

  mentalHealth(profile, ctx) {
    const answer = ctx.answers.mentalHealth;
    if (!describesPersonWithProblem(ctx) || answer === undefined || answer === 'no') return null;
    return profile.builtFor?.includes('co-occurring-mental-health')
      ? { fit: 1, reason: { key: 'reason.mentalHealth.focus', cause: 'mentalHealth' } }
      : { fit: 0.6, caution: { key: 'caution.mentalHealth.notFocus', cause: 'mentalHealth' } };
  },

  region(profile, { answers }) {
    const region = answers.region;
    if (region === undefined) return null;
    const terms = { region: [`region.${region}`] };
    const inPerson = profile.formats.find((f) => f.format === 'in-person');
    const here = formatsIn(profile, region);
    if (inPerson?.regions && !inPerson.regions.includes(region)) {
      const where = { regions: termsOf('region', inPerson.regions) };
      return here.length
        ? { fit: 0.6, caution: { key: 'caution.region.inPersonElsewhere', terms: where, cause: 'region' } }
        : { fit: 0.1, caution: { key: 'caution.region.notHere', terms, cause: 'region' } };
    }
    if (hasBranch(profile, region)) return { fit: 1, reason: { key: 'reason.region.branch', terms, cause: 'region' } };
    return { fit: 0.9 };
  },

  language(profile, { answers }) {
    if (answers.language !== 'es') return null;
    const spanish = profile.contacts.some((c) => c.spanish) || (profile.specialMeetings ?? []).includes('spanish');
    return spanish
      ? { fit: 1, reason: { key: 'reason.language.spanish', cause: 'language' } }
      : { fit: 0.5, caution: { key: 'caution.language.noSpanish', cause: 'language' } };
  },
};

const hasBranch = (profile: GroupProfile, region: string) =>
  profile.contacts.some((c) => c.regions?.includes(region as never));
