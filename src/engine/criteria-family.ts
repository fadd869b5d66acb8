/**
 * Fit criteria for a family member's or friend's own list (principle 5, family first):
 * the group for their loved one's problem, what they want help with, and their relationship.
 */
import { namedProblems } from './criteria-problem';
import { isFamilyGroup, termsOf, type CriteriaTable, type FitContext } from './fit';
import type { GroupProfile } from './types';
import { POINTS } from './weights';

const F = POINTS.family;

/** Only family groups, only in the family member's own list. */
const applies = (profile: GroupProfile, ctx: FitContext) => isFamilyGroup(profile) && ctx.list === 'forYou' && ctx.answers.for === 'someone-else';

export const familyCriteria: CriteriaTable = {
  familyFirst(profile, ctx) {
    // A group for everyone that also welcomes families (audience "both") is not a family group first.
    if (!applies(profile, ctx) || profile.audience !== 'family') return null;
    const named = namedProblems(ctx);
    const covered = named.filter((p) => profile.problems.includes(p));
    if (named.length > 0 && covered.length === 0) return null;
    const exact = named.length === 1 && profile.problemSpecific;
    return {
      points: F.forTheirProblem + (exact ? F.exactFamilyGroup : 0),
      reason: named.length
        ? { key: 'reason.family.forTheirProblem', terms: { concerns: termsOf('concern', covered) }, cause: 'concerns' }
        : { key: 'reason.family.forFamilies', cause: 'for' },
    };
  },

  familyGoal(profile, ctx) {
    const goal = ctx.answers.familyGoal;
    if (!applies(profile, ctx) || goal === undefined) return null;
    const offers = profile.familySupport ?? [];
    const cope = offers.includes('cope');
    const helpThem = offers.includes('help-them');
    const craft = profile.approaches.includes('craft') ? F.craft : 0;
    const helpReason = { key: craft ? 'reason.familyGoal.craft' : 'reason.familyGoal.helpThem', cause: 'familyGoal' as const };
    const copeReason = { key: 'reason.familyGoal.cope', cause: 'familyGoal' as const };
    if (goal === 'help-them') {
      return helpThem
        ? { points: F.goal.full + craft, reason: helpReason }
        : { points: F.goal.other, caution: { key: 'caution.familyGoal.copeOnly', cause: 'familyGoal' } };
    }
    if (goal === 'cope') {
      return cope ? { points: F.goal.full, reason: copeReason } : { points: F.goal.other, caution: { key: 'caution.familyGoal.helpOnly', cause: 'familyGoal' } };
    }
    if (cope && helpThem) return { points: F.goal.full + craft, reason: helpReason };
    return cope
      ? { points: F.goal.partly, reason: copeReason, caution: { key: 'caution.familyGoal.copeOnly', cause: 'familyGoal' } }
      : { points: F.goal.partly + craft, reason: helpReason, caution: { key: 'caution.familyGoal.helpOnly', cause: 'familyGoal' } };
  },

  relationship(profile, ctx) {
    const relationship = ctx.answers.relationship;
    if (!applies(profile, ctx)) return null;
    const builtFor = profile.relationships;
    if (!builtFor?.length) return relationship ? { points: F.relationship.anyone, reason: { key: 'reason.relationship.anyone', cause: 'relationship' } } : null;
    const terms = { relationships: termsOf('relationshipGroup', builtFor) };
    // Built for one relationship works like a population: not answering is not belonging.
    // A group for children of a parent with the problem is for adult children (ACA), not a son or daughter under 18.
    const adultChildren = builtFor.includes('child') && profile.age !== 'teens-only';
    const belongs = relationship !== undefined && builtFor.includes(relationship) && !(adultChildren && relationship === 'child' && ctx.answers.age === 'under-18');
    if (belongs) return { points: F.relationship.builtFor, reason: { key: 'reason.relationship.builtFor', terms, cause: 'relationship' } };
    const key = relationship === undefined ? 'caution.relationship.notSaid' : adultChildren && relationship === 'child' ? 'caution.relationship.adultsOnly' : 'caution.relationship.builtForOthers';
    // Like a group built for another population, it moves down to its own band (weights.ts BANDS).
    return { points: 0, band: 'builtForOthers', caution: { key, terms, cause: relationship === undefined ? 'relationship' : key.endsWith('adultsOnly') ? 'age' : 'relationship' } };
  },
};
