/**
 * Every number the ranking uses, in one place; docs/ranking.md explains them in plain words,
 * so change both together.
 *
 * A group's score starts from nothing and each answer adds or takes away points: a good fit
 * adds, a poor fit takes away, and an answer that was not given, or was "not sure", adds
 * nothing to any group (it is never agreement). The points are then squashed into 0–1
 * (SCORE_SCALE), so a group that fits every answer sits clearly above one that fits only the
 * problem, and no score is ever cut off at 1.
 */
import type { MedicationStance, ReachLevel } from '../content/vocabulary';

export const POINTS = {
  concerns: {
    /** Times the share of the named problems the group works with. */
    share: 0.24,
    /** Times the share of the group's problems that were named: a focused group fits a little better. */
    focus: 0.05,
    /** Principle 2: the fellowship built for the one problem named (AA for alcohol, GA for gambling…). */
    exactFellowship: 0.3,
    /** A fellowship for one of several problems named. */
    oneOfYourFellowships: 0.05,
    /** "Not sure" what the problem is: groups for many problems fit better than single-problem ones. */
    notSureBroad: 0.2,
    notSureSpecific: 0.04,
  },
  /** Principle 3: how many meetings the person can reach (times REACH_VALUE). With none at all, the group moves to the lowest band. */
  reach: { scale: 0.16, depth: 0.06, everywhere: 0.02, nationalBranch: 0.02 },
  /** Principle 4: the goal leads. */
  goal: {
    stop: { abstinence: 0.2, anyGoal: 0 },
    cutDown: { supports: 0.25, welcomesUnsure: -0.15, stopOnly: -0.35 },
    notSure: { undecided: 0.08, options: 0.06, stopOnly: -0.03 },
    /** Goal not given: a group only for cutting down should not lead (most people who ask want to stop). */
    unsaidModerationOnly: -0.15,
  },
  spirituality: {
    wants: { central: 0.1, optional: 0.05, none: -0.08 },
    open: { central: 0.01, optional: 0.03, none: 0.02 },
    secular: { central: -0.3, optional: 0.02, none: 0.1 },
  },
  /** A tradition the group draws on without asking members to share it (Buddhist roots). */
  faithRoots: 0.08,
  style: { share: 0.08, none: -0.05 },
  gender: { onlyWanted: 0.05, someMeetings: 0.04, mixed: -0.03 },
  lgbtq: { meetings: 0.05, notFound: -0.03 },
  age: { teensAny: 0.03, teensNotStated: -0.05, youngPeopleMeetings: 0.04 },
  formats: { missing: -0.02 },
  privacy: { fits: 0.03, doesNot: -0.05 },
  language: { spanish: 0.06, noSpanish: -0.12 },
  /** Per kind of medication the person takes, by the group's stance on that kind. */
  medication: { supportive: 0.06, welcomed: 0.04, 'varies-by-group': -0.06, 'not-stated': -0.03 } satisfies Record<MedicationStance, number>,
  family: {
    /** Principle 5: a group for family and friends of people with this problem (Al-Anon for drinking…): above any group for everyone. */
    forTheirProblem: 0.35,
    /** Principle 5: a family group for exactly the one problem named. */
    exactFamilyGroup: 0.1,
    goal: { full: 0.12, partly: 0.04, other: -0.06 },
    /** CRAFT, the approach with evidence for helping a loved one towards help (for help-them and both). */
    craft: 0.15,
    relationship: { builtFor: 0.16, anyone: 0.02 },
  },
  /** A group we could not confirm is still meeting. */
  uncertainStatus: -0.1,
} as const;

/** How reachable each level is, 0–1. "Not known" sits below "few": an unknown is a risk for the person. */
export const REACH_VALUE: Record<ReachLevel, number> = { many: 1, some: 0.7, few: 0.42, 'not-known': 0.3, none: 0 };

/**
 * Scores come in bands, so that what must rank lower always does: groups the person cannot reach
 * (principle 3) at the bottom, groups built for someone else (principle 1) above them, every group
 * built for everyone that fits above both, and groups built for the person (principle 1: built for
 * you beats built for everyone) at the top. Being built for someone, or for the person, is a band,
 * never points: no caution pulls a group built for the person below one built for everyone; the
 * cautions say what weighs against it. (Principles 4 and 5 may still put one group first: lead.ts.)
 * Within a band, points become a position with a logistic curve: MIDPOINT points land in the
 * middle of the band, and SPREAD sets how fast it climbs.
 */
export const BANDS = {
  builtForYou: [0.9, 1],
  fits: [0.4, 0.9],
  builtForOthers: [0.2, 0.4],
  unreachable: [0, 0.2],
} as const satisfies Record<string, readonly [number, number]>;
export type Band = keyof typeof BANDS;

export const SCORE_SCALE = { midpoint: 0.45, spread: 0.25 } as const;

/** The contract's default list length. */
export const DEFAULT_LIMIT = 5;
