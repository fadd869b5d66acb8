/**
 * Which kind of group must come first in a list, when the contract says so:
 * principle 5 (family first) in a family member's own list, principle 4 (the goal leads) in a
 * list for the person with the problem when the goal is to stop or to cut down.
 *
 * Points alone cannot promise this. In a family list a group built for the person (Celebrate
 * Recovery for a Christian parent) must reach the top 3 (principle 1) without taking the first
 * place from the group for their loved one's problem; no weight can put a group above all but one
 * of four family groups. So the best group of the leading kind takes the first place, and every
 * other group keeps the order its points give.
 */
import { namedProblems } from './criteria-problem';
import type { FitContext } from './fit';
import { goalsIn, isAbstinenceBased, supportsCuttingDown } from './goals';
import type { GroupProfile } from './types';

/**
 * A family group for the loved one's problem, or one that teaches CRAFT to someone who wants to help
 * them towards help. A group built for one relationship (Adult Children of Alcoholics: the effects of
 * growing up with it) is about the person's own story, not the loved one's problem now: it can come
 * next, not first.
 */
export function isFamilyFirst(profile: GroupProfile, ctx: FitContext): boolean {
  if (profile.audience !== 'family' || profile.relationships?.length) return false;
  if (ctx.answers.familyGoal === 'help-them' && profile.approaches.includes('craft')) return true;
  const named = namedProblems(ctx);
  return named.length === 0 || named.some((p) => profile.problems.includes(p));
}

/** The test a group must pass to lead this list, or null when no principle names a leader. */
export function leadTest(ctx: FitContext): ((profile: GroupProfile) => boolean) | null {
  const { answers, list } = ctx;
  if (answers.for === 'someone-else' && list === 'forYou') return (profile) => isFamilyFirst(profile, ctx);
  if (answers.goal === 'stop') return (profile) => isAbstinenceBased(goalsIn(profile, ctx));
  if (answers.goal === 'cut-down') return (profile) => supportsCuttingDown(goalsIn(profile, ctx));
  return null;
}

/**
 * How far above the runner-up the leader's score is set when its points alone left it lower:
 * enough to survive rounding to four places, small enough that the score still says how well it fits.
 */
export const LEAD_STEP = 0.002;
