/** What a group says about the goal (stop, cut down), where the person lives; shared by fit, lead and the principle checks. */
import type { Goal } from '../content/vocabulary';
import type { FitContext } from './fit';
import type { GroupProfile } from './types';

/** The goals a group supports where the person lives (SMART Recovery differs by country). */
export function goalsIn(profile: GroupProfile, ctx: FitContext): readonly Goal[] {
  const region = ctx.answers.region;
  return profile.goalsByRegion?.find((g) => region !== undefined && g.regions.includes(region))?.goals ?? profile.goals;
}

/** Built around stopping: it asks for abstinence and offers no other goal. */
export const isAbstinenceBased = (goals: readonly Goal[]) => goals.includes('abstinence') && !goals.includes('moderation') && !goals.includes('harm-reduction');

/** Open to a goal of drinking or using less, or more safely. */
export const supportsCuttingDown = (goals: readonly Goal[]) => goals.includes('moderation') || goals.includes('harm-reduction');
