/**
 * Fit criteria about the problem and the person who has it: what the problem is, who the group is
 * built for, whether they can reach it, the goal and medication. These also rank "groups they could
 * try" for a loved one.
 */
import { PROBLEMS, type Format, type MedicationStance, type Population, type Problem, type Region } from '../content/vocabulary';
import { describesPersonWithProblem, fitOf, termsOf, type CriteriaTable, type Fit, type FitContext } from './fit';
import { goalsIn, supportsCuttingDown } from './goals';
import { isMember, populationChecks } from './population';
import { reachEverywhere, reachFor } from './reach';
import type { GroupProfile, Message } from './types';
import { POINTS } from './weights';

const BROAD_GROUP_PROBLEM_COUNT = 3;

export const namedProblems = (ctx: FitContext): Problem[] => ctx.answers.concerns.filter((c): c is Problem => c !== 'not-sure');

export const problemCriteria: CriteriaTable = {
  concerns(profile, ctx) {
    const named = namedProblems(ctx);
    const P = POINTS.concerns;
    if (named.length === 0) {
      // The more kinds of problem a group takes, the likelier it fits a problem not yet named.
      return profile.problems.length >= BROAD_GROUP_PROBLEM_COUNT
        ? { points: P.notSureBroad * (profile.problems.length / PROBLEMS.length), reason: { key: 'reason.concerns.notSureBroad', cause: 'concerns' } }
        : { points: P.notSureSpecific, reason: { key: 'reason.concerns.notSureSpecific', terms: { problems: termsOf('concern', profile.problems) }, cause: 'concerns' } };
    }
    const covered = named.filter((c) => profile.problems.includes(c));
    const missing = named.filter((c) => !profile.problems.includes(c));
    // Covering none of the named problems keeps a group off the list (recommend.ts).
    if (covered.length === 0) return { points: 0, coversNone: true };
    let points = P.share * (covered.length / named.length) + P.focus * (covered.length / profile.problems.length);
    // A moderation-only group (Moderation Management) is no one's "own fellowship": it serves a goal, not a problem.
    // Family groups for one problem (Al-Anon) get their due in criteria-family.ts.
    if (profile.problemSpecific && profile.goals.includes('abstinence') && profile.audience === 'person') points += named.length === 1 ? P.exactFellowship : P.oneOfYourFellowships;
    const fit: Fit = { points };
    // A family group says this in a family member's words ("for family and friends of people with…": criteria-family.ts).
    if (profile.audience !== 'family') {
      fit.reason = {
        key: profile.problemSpecific ? 'reason.concerns.specific' : 'reason.concerns.broad',
        terms: { concerns: termsOf('concern', covered) },
        cause: 'concerns',
      };
    }
    if (missing.length) fit.caution = { key: 'caution.concerns.partly', terms: { concerns: termsOf('concern', missing) }, cause: 'concerns' };
    return fit;
  },

  population(profile, ctx) {
    const checks = populationChecks(profile, ctx);
    if (checks.length === 0) return null;
    const populations = { populations: checks.map((c) => populationTerm(profile, c.population)) };
    if (isMember(checks)) {
      return { points: 0, band: 'builtForYou', reason: { key: 'reason.population.member', terms: populations, cause: checks[0]!.cause } };
    }
    // Name the answer that keeps the person out: what they said, or that they did not say.
    const against = checks.find((c) => c.membership === 'no') ?? checks.find((c) => c.membership === 'unknown')!;
    const key = against.membership === 'no' ? 'caution.population.saidNot' : 'caution.population.notSaid';
    return { points: 0, band: 'builtForOthers', caution: { key, terms: populations, cause: against.cause } };
  },

  reach(profile, ctx) {
    const { region } = ctx.answers;
    const usable = ctx.list === 'forThem' ? undefined : ctx.answers.formats;
    const reach = ctx.reach ?? reachFor(profile, region, usable);
    const R = POINTS.reach;
    const terms: Message['terms'] = region ? { region: [`region.${region}`] } : {};
    if (reach.value === 0) {
      const cause = usable?.length ? 'formats' : 'region';
      const key = usable?.length ? 'caution.reach.noneInFormats' : 'caution.reach.none';
      if (usable?.length) terms.formats = termsOf('format', usable);
      return { points: 0, band: 'unreachable', caution: { key: region ? key : `${key}Anywhere`, terms, cause } };
    }
    const points = R.scale * reach.value + R.depth * reach.depth + R.everywhere * reachEverywhere(profile) + (region && hasBranch(profile, region) ? R.nationalBranch : 0);
    const shortfall = R.scale + R.depth + R.everywhere + R.nationalBranch - points;
    const elsewhere = region ? inPersonElsewhere(profile, region, usable) : undefined;
    if (elsewhere) return { points, caution: elsewhere, shortfall };
    if (!region || (reach.level !== 'many' && reach.level !== 'some')) {
      return reach.level === 'not-known' && region
        ? { points, caution: { key: 'caution.reach.notKnown', terms, cause: 'region' }, shortfall }
        : { points };
    }
    return { points, reason: { key: `reason.reach.${reach.level}`, terms: { ...terms, formats: [`format.${reach.format}`] }, cause: 'region' } };
  },

  goal(profile, ctx) {
    const goal = ctx.answers.goal;
    if (!describesPersonWithProblem(ctx)) return null;
    const goals = goalsIn(profile, ctx);
    if (goal === undefined) {
      return goals.includes('abstinence') ? null : { points: POINTS.goal.unsaidModerationOnly, caution: { key: 'caution.goal.moderationOnlyUnsaid', cause: 'goal' } };
    }
    const cutsDown = supportsCuttingDown(goals);
    const welcomesUnsure = goals.includes('undecided');
    const G = POINTS.goal;
    if (goal === 'stop') {
      // Moderation-only groups never get here (hard rule 5).
      return cutsDown
        ? { points: G.stop.anyGoal, reason: { key: 'reason.goal.stopAnyGoal', cause: 'goal' } }
        : { points: G.stop.abstinence, reason: { key: 'reason.goal.stop', cause: 'goal' } };
    }
    if (goal === 'cut-down') {
      if (cutsDown) return { points: G.cutDown.supports, reason: { key: 'reason.goal.cutDown', cause: 'goal' } };
      return welcomesUnsure
        ? { points: G.cutDown.welcomesUnsure, caution: { key: 'caution.goal.stopButWelcoming', cause: 'goal' } }
        : { points: G.cutDown.stopOnly, caution: { key: 'caution.goal.stopOnly', cause: 'goal' } };
    }
    if (welcomesUnsure) return { points: G.notSure.undecided, reason: { key: 'reason.goal.undecided', cause: 'goal' } };
    if (cutsDown) return { points: G.notSure.options, reason: { key: 'reason.goal.options', cause: 'goal' } };
    return { points: G.notSure.stopOnly, caution: { key: 'caution.goal.notSure', cause: 'goal' } };
  },

  medication(profile, ctx) {
    const takes = ctx.answers.medication;
    if (!describesPersonWithProblem(ctx) || takes === undefined || takes === 'no' || takes === 'not-sure') return null;
    // A group built for people on recovery medication says so through `population`.
    if (profile.builtFor?.includes('medication-assisted-recovery') && (takes === 'recovery' || takes === 'both')) return null;
    const kinds = takes === 'recovery' ? ['recovery'] : takes === 'mental-health' ? ['mentalHealth'] : ['recovery', 'mentalHealth'];
    const stances = kinds.map((kind) => profile.medication[kind as 'recovery' | 'mentalHealth']);
    // With two kinds, the less welcoming stance is the one that matters.
    const stance = stances.reduce((a, b) => (POINTS.medication[b] < POINTS.medication[a] ? b : a));
    const kind = takes === 'yes' ? 'any' : takes;
    const note =
      stance === 'varies-by-group' || stance === 'not-stated'
        ? { note: { profile: profile.id, field: 'medication' as const }, noted: `caution.medication.mentioned.${kind}` }
        : {};
    return fitOf(POINTS.medication[stance], { key: medicationKey(stance, kind), cause: 'medication', ...note });
  },

  status(profile) {
    if (profile.status !== 'uncertain') return null;
    return { points: POINTS.uncertainStatus, caution: { key: 'caution.status.uncertain', cause: 'status', note: { profile: profile.id, field: 'status' } } };
  },
};

/** A person who could go in person, where the group meets in person only in other countries. */
function inPersonElsewhere(profile: GroupProfile, region: Region, usable: readonly Format[] | undefined): Message | undefined {
  if (usable?.length && !usable.includes('in-person')) return undefined;
  const offer = profile.formats.find((f) => f.format === 'in-person');
  if (!offer?.regions || offer.regions.includes(region)) return undefined;
  return { key: 'caution.reach.inPersonElsewhere', terms: { regions: termsOf('region', offer.regions) }, cause: 'region' };
}

/** Faith and culture groups name their own tradition ("Muslims"), the rest their population. */
const populationTerm = (profile: GroupProfile, population: Population) =>
  population === 'faith' ? `populationFaith.${profile.faith}` : population === 'culture' ? `populationCulture.${profile.culture}` : `population.${population}`;

const medicationKey = (stance: MedicationStance, kind: string) =>
  stance === 'supportive' || stance === 'welcomed' ? `reason.medication.${stance}.${kind}` : `caution.medication.${stance}.${kind}`;

export const hasBranch = (profile: GroupProfile, region: string) => profile.contacts.some((c) => c.regions?.includes(region as never));
